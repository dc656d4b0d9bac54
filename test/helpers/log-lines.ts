/** A logger stream for a gateway under test that keeps its JSON lines, parsed, to assert on. */
import { Writable } from 'node:stream';

export type LogLine = { level: number; msg: string } & Record<string, unknown>;

export function logLines(): { lines: LogLine[]; stream: Writable } {
  const lines: LogLine[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk)) as LogLine), done()) });
  return { lines, stream };
}
