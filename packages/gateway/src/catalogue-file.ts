/** A ward's catalogue as a JSON file on the gateway's disk: read with errors an operator can act on. */
import { readFileSync } from 'node:fs';
import { ConfigError } from './config.js';

export function readCatalogueFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message;
    throw new ConfigError(`Cannot read the catalogue file ${file} ("adapter.file"): ${why}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The catalogue file ${file} is not valid JSON: ${(error as Error).message}. docs/adapters.md shows the format.`);
  }
}
