#!/usr/bin/env node
// The command's entry point. It exists before the build (dist/ does not), so npm links the
// command at install time, in a clone as in a published package.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('motcua-gateway: the gateway is not built yet. Run `npm run build` in the motcua folder first.');
  process.exit(1);
}
await import(cli.href);
