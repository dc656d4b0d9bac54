declare const config: unknown;
export default config;
