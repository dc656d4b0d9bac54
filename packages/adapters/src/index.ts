/** Adapters safe for browsers. Credential-holding ones are in `@motcua/adapters/server`. */
export { restAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
export { staticAdapter, StaticCatalogueSchema, type StaticAdapterOptions, type StaticCatalogue } from './static/static-adapter.js';
export { memoryAdapter, type MemoryAdapterOptions, type MemoryData } from './memory/memory-adapter.js';
export { createCatalogue, type CatalogueData, type CatalogueMethods } from './catalogue.js';
export type { DroppedFields, SkippedRecords } from './wire-reading.js';
export { parseTolerant } from '@motcua/core/tolerant';
