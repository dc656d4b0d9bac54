export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
declare const config: unknown;
export default config;
