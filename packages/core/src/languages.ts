/**
 * `@motcua/core/languages`: every language the core ships, registered at import — for servers
 * and scripts, which answer in any language at once (a page loads its language with its first
 * use, through `@motcua/components`). A new language: its file in locales/ and one line here.
 */
import { registerLanguage } from './language.js';
import en from './locales/en.js';

registerLanguage('en', en);

export { languages, loadLanguage, registerLanguage, resolveLang, textIn, type Lang } from './language.js';
