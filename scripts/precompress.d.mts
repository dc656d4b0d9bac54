/** Writes .br and .gz beside every text asset over 1 KB in `dir`; returns how many files. */
export declare function precompress(dir: string): number;
