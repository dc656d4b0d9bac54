/** A ward's catalogue as a JSON file on the gateway's disk: read with errors an operator can act on. */
import { readFileSync } from 'node:fs';
import { ConfigError, whyUnreadable } from './config.js';

export function readCatalogueFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the catalogue file ${file} ("adapter.file"): ${whyUnreadable(error)}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The catalogue file ${file} is not valid JSON: ${(error as Error).message}. docs/adapters.md shows the format.`);
  }
}
