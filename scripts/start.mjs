// `npm start`: bundles the demo portal and serves it on http://localhost:8080 (PORT to change).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const port = Number(process.env.PORT ?? 8080);
const out = '.cache/demo';
await build({
  entryPoints: ['demo/demo.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  outdir: out,
  conditions: ['motcua-source'],
  logLevel: 'warning',
});
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

createServer(async (req, res) => {
  const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  for (const dir of [out, 'demo']) {
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      return res.end(body);
    } catch {
      // try the next folder
    }
  }
  res.writeHead(404).end('Not found');
}).listen(port, () => console.log(`motcua demo: http://localhost:${port}`));
