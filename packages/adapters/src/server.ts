/**
 * Adapters that hold backend credentials: for the gateway and other servers, never for a
 * browser bundle.
 */
export { dvcqgAdapter, type DvcqgAdapterOptions } from './dvcqg/dvcqg-adapter.js';
export { igateAdapter, DEFAULT_IGATE_STATUS_MAP, type IgateAdapterOptions } from './igate/igate-adapter.js';
export { opencpsAdapter, type OpencpsAdapterOptions } from './opencps/opencps-adapter.js';
