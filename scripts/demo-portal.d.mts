export declare function buildDemoPortal(dir?: string): Promise<string>;
