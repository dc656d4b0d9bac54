// `MOTCUA_DEMO_BACKEND=igate npm start`: the demo portal over a backend simulator, as an
// operator tries the whole chain before connecting the province's real system.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startDemo } from '../helpers/npm-start.js';

const start = (backend: string) => startDemo({ MOTCUA_DEMO_BACKEND: backend });

describe('npm start with MOTCUA_DEMO_BACKEND', () => {
  for (const backend of ['igate', 'dvcqg', 'opencps']) {
    it(`${backend}: the printed sample looks up through the simulator, with its key`, async () => {
      const gw = await start(backend);
      try {
        assert.match(gw.out, new RegExp(`Backend: the ${backend} simulator at http://127\\.0\\.0\\.1:\\d+`));
        const [, code, words, key] = /^\s+(\S+)\s+(mã tra cứu|số định danh) (\S+)/m.exec(gw.out)!;
        // The key each backend's records carry: OpenCPS's secret key, the others' owner's ID number.
        assert.equal(words, backend === 'opencps' ? 'mã tra cứu' : 'số định danh');
        assert.equal(gw.out.match(/^\s+\d{3}\.\S+\s+(mã tra cứu|số định danh) \S+/gm)?.length, 6, 'six samples, each with a key that works');
        const res = await fetch(`${gw.url}/v1/dossiers/${code}`, { method: 'POST', body: new URLSearchParams({ key: key! }) });
        assert.equal(res.status, 200);
        const { dossier } = (await res.json()) as { dossier: { code: string; restricted?: boolean; steps?: unknown[] } };
        assert.equal(dossier.code, code);
        assert.notEqual(dossier.restricted, true);
        const hits = (await (await fetch(`${gw.url}/v1/procedures?q=khai%20sinh&limit=1`)).json()) as { items: Array<{ procedure: { name: string } }> };
        assert.match(hits.items[0]!.procedure.name, /khai sinh/i);
      } finally {
        await gw.stop();
      }
    });
  }

  it('an unknown backend name stops with a sentence', async () => {
    const gw = await start('vnpt');
    await gw.stop();
    assert.match(gw.out, /MOTCUA_DEMO_BACKEND must be one of igate, dvcqg, opencps \(got "vnpt"\)/);
  });
});
