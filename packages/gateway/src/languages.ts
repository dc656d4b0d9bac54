/**
 * Every language the gateway speaks, registered at import: the core's tables (its error
 * messages, status labels, timeliness and key words; `@motcua/core/languages`) and the
 * gateway's own words. A new language: the core's file for it, the gateway's (locales/<lang>.ts,
 * a table of every `GatewayWordKey`) and one line here — or, for a deployment, one file that
 * registers a whole table with core's `registerLanguage()`, imported before the gateway starts.
 */
import { registerLanguage } from '@motcua/core/languages';
import en from './locales/en.js';

registerLanguage('en', en);

export { languages, loadLanguage, resolveLang, type Lang } from '@motcua/core/languages';
