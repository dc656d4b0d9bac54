import type { RollupLog, LoggingFunction } from 'rollup';
export const KNOWN_WARNINGS: Array<{ code: string; test: (warning: RollupLog) => boolean }>;
export function isKnownWarning(warning: RollupLog): boolean;
export function onwarn(warning: RollupLog, warn: LoggingFunction): void;
