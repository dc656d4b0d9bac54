/**
 * A VNPT iGate simulator on loopback: a Keycloak realm `digo` issuing tokens (client
 * credentials or password grant) that expire, and the iGate API paths provincial front-ends
 * call, answering in the shapes their public type declarations show:
 * - `POST /auth/realms/digo/protocol/openid-connect/token` (scripts of several provinces);
 * - `GET /pa/dossier/search?page&size&spec=slice&code=` → `{ content: [...] }` (front-ends of
 *   Gia Lai, Đắk Lắk, Quảng Ngãi and others); `nation-code-match=` finds the national code and
 *   `accepted-from`/`accepted-to` bound a period (a Hồ Chí Minh City sync script's full
 *   parameter list; the dates' format is not shown: ISO 8601 here);
 * - `GET /bd/procedure/--can-apply?keyword&spec=page&page&size` (a citizen app's slice),
 *   `GET /ba/agency?spec=page`.
 * Names vary the way the evidence shows: `procedure.translate` one object or an array,
 * names as strings or `[{ languageId, name }]`, `bpmProcessDefinitionTask.name` as `{ id, name }`,
 * `isCurrent` 0/1, dates `2024-11-05T08:30:00.000+0700`. Statuses use a deployment's own ids,
 * two of them unknown to the adapter's default table (read from their words).
 */
import type { Agency, Dossier, Procedure } from '@motcua/core';
import type { DossierStatusCode } from '@motcua/core/status';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer, type SeenRequest } from '../helpers/http-server.js';
import { igateTime } from './wire-time.js';

export interface IgateSimulatorOptions {
  dossiers: readonly Dossier[];
  procedures: readonly Procedure[];
  agencies?: readonly Agency[];
  clientId?: string;
  clientSecret?: string;
  /** Accounts for the password grant. */
  users?: Record<string, string>;
  tokenTtlSeconds?: number;
  /** Answers a test scripts before the simulator's own (faults, odd variants). */
  override?: (req: SeenRequest) => ScriptedAnswer | undefined;
}

export interface IgateSimulator extends ScriptedServer {
  tokenUrl: string;
  /** Tokens issued so far. */
  tokens(): number;
  /** Makes every token issued so far invalid (a Keycloak restart, a revoked session). */
  revokeTokens(): void;
  /** The record the API sends for a dossier (for tests that vary it). */
  record(code: string): Record<string, unknown> | undefined;
}

/** This deployment's status ids and words: national code → iGate `dossierStatus`. */
const STATUS: Record<DossierStatusCode, { id: number; name: string }> = {
  1: { id: 0, name: 'Mới đăng ký' },
  2: { id: 1, name: 'Đã tiếp nhận' },
  3: { id: 6, name: 'Không tiếp nhận' },
  4: { id: 2, name: 'Đang xử lý' },
  5: { id: 3, name: 'Yêu cầu bổ sung hồ sơ' },
  6: { id: 9, name: 'Chờ thực hiện nghĩa vụ tài chính' },
  7: { id: 7, name: 'Công dân rút hồ sơ' },
  8: { id: 8, name: 'Dừng xử lý' },
  9: { id: 4, name: 'Có kết quả' },
  10: { id: 5, name: 'Đã trả kết quả' },
};
/** Ids the default table does not know, as a real filter list shows (16, 17): read from their words. */
const ODD_STATUS: Partial<Record<DossierStatusCode, { id: number; name: string }>> = {
  4: { id: 16, name: 'Chờ phê duyệt' },
  9: { id: 17, name: 'Chờ trả kết quả' },
};

const vi = (name: string) => [{ languageId: 228, name }];
const CHANNEL = { 'in-person': 'Trực tiếp', online: 'Trực tuyến', postal: 'Qua dịch vụ bưu chính công ích' } as const;

/** A dossier as iGate's search answers it; `i` picks the variant. */
export function igateDossier(d: Dossier, i: number): Record<string, unknown> {
  const status = (i % 5 === 0 && ODD_STATUS[d.status]) || STATUS[d.status];
  return {
    id: `d${i}`,
    code: d.code,
    nationCode: d.code,
    dossierStatus: { id: status.id, name: i % 3 === 0 ? status.name : vi(status.name) },
    procedure: {
      id: `p-${d.procedure.code}`,
      code: d.procedure.code,
      // One object in some declarations, an array (Vietnamese not first) in others.
      translate:
        i % 2 === 0
          ? { languageId: 228, name: d.procedure.name }
          : [
              { languageId: 46, name: `Procedure ${d.procedure.code}` },
              { languageId: 228, name: d.procedure.name },
            ],
      ...(d.sector ? { sector: { id: `s-${d.sector.code}`, code: d.sector.code, name: vi(d.sector.name) } } : {}),
    },
    ...(d.agency ? { agency: { id: `a-${d.agency.code ?? i}`, code: d.agency.code, name: vi(d.agency.name) } } : {}),
    applicant: d.applicant
      ? {
          data: {
            // The submitter; the owner is the same person here except for every fourth dossier.
            fullname: i % 4 === 0 ? 'Nguyễn Văn Nộp Hộ' : d.applicant.name,
            ownerFullname: d.applicant.name,
            identityNumber: d.applicant.idNumber,
            phoneNumber: d.applicant.phone,
            address: d.applicant.address,
          },
        }
      : null,
    appliedDate: igateTime(d.receivedAt),
    acceptedDate: d.status === 1 ? null : igateTime(d.receivedAt),
    appointmentDate: igateTime(d.appointmentAt),
    completedDate: igateTime(d.completedAt),
    returnedDate: igateTime(d.returnedAt),
    ...(d.channel ? { applyMethod: { id: d.channel, name: CHANNEL[d.channel] } } : {}),
    // iGate lists the tasks created so far: the steps to come are not in it.
    task: (d.steps ?? [])
      .filter((s) => s.status !== 'pending')
      .map((s, n) => ({
        isCurrent: s.status === 'done' ? 0 : 1,
        bpmProcessDefinitionTask: { name: { id: `Activity_${n}`, name: s.name } },
        candidateGroup: s.department ? [{ id: `g${n}`, name: vi(s.department) }] : [],
        ...(s.agency ? { agency: { id: `a${n}`, code: s.agency.code, name: vi(s.agency.name) } } : {}),
        ...(s.handler ? { assignee: { fullname: s.handler.name } } : {}),
        createdDate: igateTime(s.startedAt),
        dueDate: igateTime(s.dueAt),
        updatedDate: igateTime(s.finishedAt),
      })),
  };
}

const LEVEL_NAME = { province: 'Cấp Tỉnh', district: 'Cấp Huyện', commune: 'Cấp Xã' } as const;
const ONLINE = { full: 4, partial: 3, none: 2 } as const;

export function igateProcedure(p: Procedure, i: number): Record<string, unknown> {
  return {
    id: `p-${p.code}`,
    code: p.code,
    translate: i % 2 === 0 ? { languageId: 228, name: p.name } : vi(p.name),
    ...(p.sector ? { sector: { id: `s-${p.sector.code}`, code: p.sector.code, name: vi(p.sector.name) } } : {}),
    ...(p.levels ? { level: p.levels.map((l) => ({ id: l, name: LEVEL_NAME[l] })) } : {}),
    ...(p.onlineService ? { onlineLevel: ONLINE[p.onlineService] } : {}),
  };
}

function page<T>(items: readonly T[], query: URLSearchParams) {
  const size = Math.max(1, Number(query.get('size') ?? 20));
  const number = Math.max(0, Number(query.get('page') ?? 0));
  const content = items.slice(number * size, (number + 1) * size);
  const totalPages = Math.ceil(items.length / size);
  return { content, number, size, totalElements: items.length, totalPages, last: number + 1 >= totalPages, first: number === 0 };
}

export async function startIgateSimulator(options: IgateSimulatorOptions): Promise<IgateSimulator> {
  const clientId = options.clientId ?? 'motcua-gateway';
  const clientSecret = options.clientSecret ?? 'igate-secret';
  const ttl = options.tokenTtlSeconds ?? 300;
  const valid = new Map<string, number>();
  let issued = 0;
  const records = options.dossiers.map((d, i) => igateDossier(d, i));
  const procedures = options.procedures.map((p, i) => igateProcedure(p, i));
  const agencies = (options.agencies ?? []).map((a) => ({ id: `a-${a.code}`, code: a.code, name: vi(a.name) }));

  const server = await scriptedServer((req) => {
    const special = options.override?.(req);
    if (special) return special;
    if (req.method === 'POST' && req.path === '/auth/realms/digo/protocol/openid-connect/token') {
      const form = new URLSearchParams(req.body);
      const grant = form.get('grant_type');
      const ok =
        form.get('client_id') === clientId &&
        ((grant === 'client_credentials' && form.get('client_secret') === clientSecret) ||
          (grant === 'password' && !!options.users && options.users[form.get('username') ?? ''] === form.get('password')));
      if (!ok)
        return {
          status: 401,
          body: {
            error: grant === 'password' ? 'invalid_grant' : 'invalid_client',
            error_description: 'Invalid client or user credentials',
          },
        };
      const token = `igate-${++issued}`;
      valid.set(token, Date.now() + ttl * 1000);
      return {
        body: {
          access_token: token,
          expires_in: ttl,
          refresh_expires_in: 0,
          token_type: 'Bearer',
          'not-before-policy': 0,
          scope: 'profile email',
        },
      };
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !((valid.get(bearer) ?? 0) > Date.now()))
      return { status: 401, body: { error: 'invalid_token', error_description: 'Token is not active' } };
    if (req.method === 'GET' && req.path === '/pa/dossier/search') {
      const code = req.query.get('code')?.toUpperCase();
      const nation = req.query.get('nation-code-match')?.toUpperCase();
      const from = req.query.get('accepted-from');
      const to = req.query.get('accepted-to');
      if (from || to) {
        // A period by acceptance date (the parameters a front-end sends; their date format is a guess: ISO 8601).
        const inPeriod = (r: Record<string, unknown>) => {
          const at = Date.parse(String(r.acceptedDate ?? '').replace(/(\d\d)(\d\d)$/, '$1:$2'));
          return Number.isFinite(at) && (!from || at >= Date.parse(from)) && (!to || at < Date.parse(to));
        };
        return { body: page(records.filter(inPeriod), req.query) };
      }
      // iGate's code filter matches part of a code.
      const found = records.filter(
        (r) => (code && String(r.code).toUpperCase().includes(code)) || (nation && String(r.nationCode).toUpperCase() === nation),
      );
      return { body: page(found, req.query) };
    }
    if (req.method === 'GET' && req.path === '/bd/procedure/--can-apply') {
      const keyword = (req.query.get('keyword') ?? '').toLowerCase();
      const found = keyword ? procedures.filter((p) => JSON.stringify(p.translate).toLowerCase().includes(keyword)) : procedures;
      return { body: page(found, req.query) };
    }
    if (req.method === 'GET' && req.path === '/ba/agency') return { body: page(agencies, req.query) };
    return { status: 404, body: { timestamp: new Date().toISOString(), status: 404, error: 'Not Found', path: req.path } };
  });
  return {
    ...server,
    tokenUrl: `${server.url}/auth/realms/digo/protocol/openid-connect/token`,
    tokens: () => issued,
    revokeTokens: () => valid.clear(),
    record: (code) => records.find((r) => r.code === code),
  };
}
