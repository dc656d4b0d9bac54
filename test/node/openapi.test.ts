// The generated /openapi.json is the contract: Redocly's recommended rules find no error in it,
// and every route's live answers — to valid and invalid requests — are what it says, status,
// type and body (validated with ajv against the document's own schemas).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { memoryAdapter, staticAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createGateway } from '@motcua/gateway';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const data = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
const d = data.dossiers.find((x) => x.lookupKey && (x.steps?.length ?? 0) > 1)!;
const p = data.procedures[3]!;

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
type Spec = { paths: Record<string, Record<string, Operation>> };

let app: FastifyInstance;
let url = '';
let spec: Spec;
// CommonJS packages: their default export is under `default` when imported from ESM.
const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
const withFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
let ajv: InstanceType<typeof Ajv>;

before(async () => {
  app = await createGateway({ adapter: memoryAdapter(data), limits: { dossierPerMinute: 60, failedLookups: 1000 } });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  spec = (await (await fetch(`${url}/openapi.json`)).json()) as Spec;
  ajv = new Ajv({ strict: false, allErrors: false });
  withFormats(ajv);
  ajv.addSchema(spec, 'spec');
});
after(() => app.close());

/** The spec's path template for a request path, e.g. `/v1/dossiers/{code}`. */
function template(path: string): string {
  const found = Object.keys(spec.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(path));
  assert.ok(found, `no path in the spec for ${path}`);
  return found;
}

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Requests `path` and checks the answer against the spec; returns the status. */
async function check(method: 'GET' | 'HEAD', path: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url + path, { method, headers });
  const t = template(path.split('?')[0]!);
  const operation = spec.paths[t]![method.toLowerCase()];
  assert.ok(operation, `${method} ${t} is not in the spec`);
  const declared = operation.responses[String(res.status)];
  assert.ok(declared, `${method} ${path} answered ${res.status}, which ${t} does not declare`);
  const body = await res.text();
  if (method === 'HEAD' || res.status === 304) {
    assert.equal(body, '', `${method} ${path} ${res.status} has no body`);
    return res.status;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
  const content = declared.content?.[type];
  assert.ok(
    content,
    `${method} ${path} ${res.status} answered ${type}, which the spec does not declare (${Object.keys(declared.content ?? {}).join(', ')})`,
  );
  if (type === 'application/json') {
    const ref = `spec#/paths/${pointer(t)}/${method.toLowerCase()}/responses/${res.status}/content/${pointer(type)}/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    assert.ok(validate(JSON.parse(body)), `${method} ${path} ${res.status}: ${ajv.errorsText(validate.errors)} — ${body.slice(0, 200)}`);
  }
  return res.status;
}

describe('the generated OpenAPI document', () => {
  it("has no error under Redocly's recommended rules", async () => {
    const problems = await lintFromString({ source: JSON.stringify(spec), config: await createConfig({ extends: ['recommended'] }) });
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(
      errors.map((e) => `${e.ruleId}: ${e.message} at ${e.location[0]?.pointer}`),
      [],
    );
  });

  it('states its servers, that no security is needed, and HEAD for every path', () => {
    const doc = spec as Spec & { servers?: unknown[]; security?: unknown[] };
    assert.ok(doc.servers?.length);
    assert.deepEqual(doc.security, []);
    for (const [path, operations] of Object.entries(spec.paths)) assert.ok(!operations.get || operations.head, `${path}: HEAD beside GET`);
  });

  it('lists only what can leave the gateway in a dossier: no lookup key, no applicant contact, ID number or address', () => {
    type Props = { properties?: Record<string, Props>; additionalProperties?: unknown };
    const dossier = (spec as Spec & { components: { schemas: Record<string, Props> } }).components.schemas.Dossier!;
    assert.ok(dossier.properties?.status && !('lookupKey' in dossier.properties), 'no lookup key');
    const applicant = dossier.properties.applicant!;
    assert.deepEqual(Object.keys(applicant.properties ?? {}).sort(), ['kind', 'masked', 'name']);
    for (const hidden of ['phone', 'email', 'idNumber', 'address'])
      assert.ok(!(hidden in applicant.properties!), `Dossier.applicant lists ${hidden}`);
    // A field it does not list is not allowed either: the live answers below are checked against it.
    assert.equal(applicant.additionalProperties, false);
  });

  it('describes every answer of every route, valid and invalid requests alike', async () => {
    const code = encodeURIComponent(d.code);
    const cases: Array<[string, number, Record<string, string>?]> = [
      ['/', 200],
      ['/?zzz=1', 400],
      [`/v1/dossiers/${code}`, 200],
      [`/v1/dossiers/${code}?key=${d.lookupKey}`, 200],
      [`/v1/dossiers/${code}?key=WRONG`, 403],
      ['/v1/dossiers/000.00.12.H42-200101-0001', 404],
      ['/v1/dossiers/not-a-code', 400],
      [`/v1/dossiers/%20${code}`, 400],
      [`/v1/dossiers/${code}?key=A&key=B`, 400],
      [`/v1/dossiers/${code}?unknown=1`, 400],
      [`/v1/dossiers/${'9'.repeat(1000)}`, 400],
      ['/v1/procedures?q=khai%20sinh&limit=3', 200],
      ['/v1/procedures?level=commune&online=full&offset=2', 200],
      ['/v1/procedures?limit=0', 400],
      ['/v1/procedures?limit=5&limit=6', 400],
      ['/v1/procedures?level=city', 400],
      ['/v1/procedures?q=x&page=2', 400],
      [`/v1/procedures/${p.code}`, 200],
      ['/v1/procedures/9.999999', 404],
      ['/v1/procedures/a%20b', 400],
      [`/v1/procedures/${'9'.repeat(1000)}`, 400],
      [`/v1/procedures/${p.code}?zzz=1`, 400],
      ['/v1/sectors', 200],
      ['/v1/sectors?zzz=1', 400],
      ['/v1/agencies', 200],
      ['/v1/agencies?zzz=1', 400],
      ['/v1/stats?from=2026-01-01&to=2026-12-31', 200],
      ['/v1/stats', 200],
      ['/v1/stats?from=2026-02-30', 400],
      ['/v1/stats?from=2026-12-01&to=2026-01-01', 400],
      ['/v1/stats?from=yesterday', 400],
      ['/v1/stats?from=2026-01-01&to=2026-12-31&groupBy=agency', 200],
      ['/v1/stats?from=2026-11-01&to=2026-11-30&groupBy=day&sector=HT', 200],
      ['/v1/stats?groupBy=week', 400],
      ['/v1/board', 200],
      ['/v1/board?agency=000.13.12.H42&days=90', 200],
      ['/v1/board?days=0', 400],
      ['/healthz', 200],
      ['/openapi.json', 200],
      ['/openapi.json?zzz=1', 400],
      ['/lookup', 200],
      [`/lookup?code=${code}&key=${d.lookupKey}`, 200],
      ['/lookup?code=not-a-code', 400],
      ['/lookup?code=000.00.12.H42-200101-0001', 404],
      [`/lookup?code=${code}&key=WRONG`, 403],
    ];
    for (const [path, status, headers] of cases) {
      assert.equal(await check('GET', path, headers), status, `GET ${path}`);
      assert.equal(await check('HEAD', path, headers), status, `HEAD ${path}`);
    }
  });

  it('describes a 304 for the cached catalogue, a 429 and a 501', async () => {
    for (const path of ['/v1/sectors', '/v1/agencies', `/v1/procedures/${p.code}`, '/v1/procedures?q=so%20do']) {
      const etag = (await fetch(url + path)).headers.get('etag')!;
      assert.equal(await check('GET', path, { 'if-none-match': etag }), 304, path);
    }
    let status = 0;
    for (let i = 0; i < 70 && status !== 429; i++) status = await check('GET', `/v1/dossiers/${encodeURIComponent(d.code)}`);
    assert.equal(status, 429);
    const noStats = await createGateway({ adapter: staticAdapter({ data: { procedures: data.procedures.slice(0, 3) } }) });
    const other = await noStats.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${other}/v1/stats`);
      assert.equal(res.status, 501);
      const validate = ajv.compile({ $ref: `spec#/paths/${pointer('/v1/stats')}/get/responses/501/content/application~1json/schema` });
      assert.ok(validate(await res.json()));
    } finally {
      await noStats.close();
    }
  });
});
