/** `@motcua/core/search`: the procedure index on its own, so bundles can load it when needed. */
export { createProcedureIndex, type ProcedureIndex, type ProcedureIndexOptions, type ProcedureSearchOptions } from './procedure-index.js';
export { DEFAULT_LEXICON, DEFAULT_FILLER_WORDS, ENGLISH_LEXICON, ENGLISH_FILLER_WORDS, type LexiconEntry } from './lexicon.js';
