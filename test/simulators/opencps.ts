/**
 * An OpenCPS simulator on loopback (VietOpenCPS/opencps-v2's REST API):
 * - `GET /o/rest/v2/dossiers/{id}?secretKey=` with the site's `groupId` header, where `{id}`
 *   is the dossier id or number (`DossierManagement`); the secret key is the dossier's
 *   password, checked by the backend: a wrong or missing one is a 403 (the status a guess);
 * - the dossier's fields (`dossierNo`, `dossierStatus` as a word, `dossierStatusText`,
 *   `receiveDate` as `dd/MM/yyyy HH:mm:ss`, `dueDate`, `releaseDate`, `finishDate`,
 *   `govAgencyName`, `applicantName`, `serviceCode`, `serviceName`, `viaPostal`: 2 when the
 *   result goes by post — 1 is "post offered, not chosen", see below);
 * - `GET /o/rest/v2/serviceinfos?start&end` → `{ total, data }` (its front-ends read `data`;
 *   the field names beyond `serviceCode`/`serviceName` are a guess).
 *
 * `variant: 'public-code'` answers exactly as opencps-v2's code does (the default keeps our
 * first, friendlier guesses), from `modules/backend-api-rest/…/controller/impl/DossierManagementImpl.java`
 * (getDetailDossier, l. 1124–1205), `…/controller/util/DossierUtils.java` (getDossier l. 1197,
 * mappingForGetDetail l. 899) and `backend-dossiermgt-service/…/action/impl/DossierPermission.java`
 * (checkPassword l. 117–126):
 * - `{id}`: a number is the dossierId; else the dossierNo, then the referenceUid (getDossier);
 * - the key as `?secretKey=` or the `secretCode` header; compared ignoring case
 *   (`equalsIgnoreCase`); a wrong key, a dossier without a password and an unknown dossier
 *   all answer **HTTP 203** with the text `secretKey not sucess` (Language.properties l. 58);
 *   without any key and without a login, 203 with `{ message: "Non-Authoritative Information." }`
 *   (BusinessExceptionImpl l. 23–28);
 * - `viaPostal` as text (`Integer.toString`, DossierUtils l. 969): "0" the service offers no
 *   post, "1" post offered but not chosen (CPSDossierBusinessLocalServiceImpl l. 5199 turns 0
 *   into 1 where the service offers post; DossierLocalServiceImpl l. 325–332 clears the postal
 *   address for 1 and keeps it for 2), "2" the result goes by post (DVCQGIntegrationActionImpl
 *   l. 216–220 pushes HinhThuc 1, by post, only for a viaPostal other than 0 and 1);
 * - dates blank (`""`) when unset (APIDateTimeUtils.convertDateToString returns BLANK for
 *   null, l. 91–97): `receiveDate` is blank until the desk receives the dossier;
 * - `dossierNote` as stored: the text "null" when none was written (its kiosk tests
 *   `dossierNote !== 'null'`, ChiTietHoSoQR.vue l. 61, 206) and HTML line breaks (`<br/>`,
 *   shown with v-html); `applicantName` in capitals (`toUpperCase`, DossierUtils l. 930);
 *   `online` as "true"/"false";
 * - all of its status words (DossierTerm l. 150–163, DossierStatusConstants l. 4–16,
 *   constants.properties l. 77–91): besides the default's, submitting and collecting before
 *   intake, handover between units, correcting, pausing, cancelling, posting.
 */
import type { Dossier, Procedure } from '@motcua/core';
import type { DossierStatusCode } from '@motcua/core/status';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer, type SeenRequest } from '../helpers/http-server.js';
import { opencpsTime } from './wire-time.js';

export interface OpencpsSimulatorOptions {
  dossiers: readonly Dossier[];
  procedures: readonly Procedure[];
  groupId?: string;
  /** `public-code`: answer as opencps-v2's code does (see above); default: our first simulator's shapes. */
  variant?: 'public-code';
  override?: (req: SeenRequest) => ScriptedAnswer | undefined;
}

export interface OpencpsSimulator extends ScriptedServer {
  groupId: string;
  record(code: string): Record<string, unknown> | undefined;
}

/** National code → an OpenCPS status word and its text (the reverse of a province's mapping). */
const WORDS: Record<DossierStatusCode, [string, string]> = {
  1: ['receiving', 'Chờ tiếp nhận'],
  2: ['new', 'Mới tiếp nhận'],
  3: ['denied', 'Từ chối tiếp nhận'],
  4: ['processing', 'Đang xử lý'],
  5: ['waiting', 'Chờ bổ sung'],
  6: ['paying', 'Chờ thanh toán'],
  7: ['cancelled', 'Đã rút'],
  8: ['unresolved', 'Không giải quyết'],
  9: ['releasing', 'Chờ trả kết quả'],
  10: ['done', 'Đã trả kết quả'],
};

export function opencpsDossier(d: Dossier, i: number): Record<string, unknown> {
  // Every seventh dossier in progress is between two offices (interoperating).
  const [word, label] = d.status === 4 && i % 7 === 0 ? ['interoperating', 'Đang liên thông'] : WORDS[d.status];
  return {
    dossierId: 70000 + i,
    referenceUid: `ref-${i}`,
    dossierNo: d.code,
    serviceCode: d.procedure.code,
    serviceName: d.procedure.name,
    govAgencyCode: d.agency?.code,
    govAgencyName: d.agency?.name,
    applicantName: d.applicant?.name,
    applicantIdType: d.applicant?.kind === 'business' ? 'business' : 'citizen',
    applicantIdNo: d.applicant?.idNumber,
    address: d.applicant?.address,
    contactTelNo: d.applicant?.phone,
    briefNote: d.summary,
    dossierNote: d.note,
    dossierStatus: word,
    dossierStatusText: label,
    dossierSubStatus: '',
    submitDate: opencpsTime(d.receivedAt),
    receiveDate: opencpsTime(d.receivedAt),
    dueDate: opencpsTime(d.appointmentAt),
    releaseDate: opencpsTime(d.completedAt),
    finishDate: opencpsTime(d.returnedAt),
    viaPostal: i % 4 === 0 ? 2 : 0,
    online: d.channel === 'online',
    password: d.lookupKey,
  };
}

export function opencpsService(p: Procedure, i: number): Record<string, unknown> {
  return {
    serviceInfoId: 1000 + i,
    serviceCode: p.code,
    serviceName: p.name,
    domainCode: p.sector?.code,
    domainName: p.sector?.name,
    administrationCode: 'H42',
    administrationName: p.agency,
    maxLevel: p.onlineService === 'full' ? 4 : p.onlineService === 'partial' ? 3 : 2,
  };
}

/** A dossier's detail as mappingForGetDetail writes it (DossierUtils l. 899–1060). */
/** National code → the other words opencps-v2 uses for it, picked in turn (a site labels them itself: the texts are ours). */
const MORE_WORDS: Partial<Record<DossierStatusCode, Array<[string, string]>>> = {
  1: [
    ['submitting', 'Đang nộp'],
    ['collecting', 'Chờ bổ sung trước tiếp nhận'],
  ],
  4: [
    ['handover', 'Đang chuyển giao'],
    ['interoperating', 'Đang liên thông'],
  ],
  5: [['correcting', 'Yêu cầu bổ sung, sửa đổi']],
  7: [['cancelling', 'Đang xin rút']],
  8: [['pausing', 'Tạm dừng']],
  9: [['posting', 'Đang chuyển phát kết quả']],
};

export function publicCodeDossier(d: Dossier, i: number): Record<string, unknown> {
  const record = opencpsDossier(d, i);
  const more = MORE_WORDS[d.status];
  // Every other dossier of a status with more words shows one of them.
  if (more && i % 2 === 1) [record.dossierStatus, record.dossierStatusText] = more[Math.floor(i / 2) % more.length]!;
  // Blank, never absent; receiveDate blank until the desk has received it.
  for (const field of ['receiveDate', 'dueDate', 'releaseDate', 'finishDate', 'extendDate', 'cancellingDate', 'correctingDate'])
    record[field] ??= '';
  if (d.status === 1) record.receiveDate = '';
  record.dossierNote = d.note ? d.note.replace('; ', ';<br/>') : 'null';
  record.applicantName = String(record.applicantName ?? '').toUpperCase();
  record.online = String(d.channel === 'online');
  // Post offered on every other dossier of a service that offers it; chosen on every fourth.
  record.viaPostal = i % 4 === 0 ? '2' : i % 2 === 1 ? '1' : '0';
  return record;
}

/** getDetailDossier as opencps-v2 answers it (DossierManagementImpl l. 1124–1205). */
function publicCodeDetail(records: Record<string, unknown>[], id: string, req: SeenRequest): ScriptedAnswer {
  const secretKey = req.query.get('secretKey') ?? '';
  const secretCode = String(req.headers.secretcode ?? '');
  if (!secretKey && !secretCode) {
    // Not logged in: UnauthenticationException → BusinessExceptionImpl.processException.
    return { status: 203, body: { message: 'Non-Authoritative Information.', code: 203, description: 'Non-Authoritative Information.' } };
  }
  // DossierUtils.getDossier: a number is the dossierId, else the dossierNo, then the referenceUid.
  const record =
    /^\d+$/.test(id) && Number(id) > 0
      ? records.find((r) => String(r.dossierId) === id)
      : (records.find((r) => r.dossierNo === id) ?? records.find((r) => r.referenceUid === id));
  const password = record?.password;
  // checkPassword: no password, or not equalsIgnoreCase → an exception; a null dossier too; all caught as 203.
  if (!record || typeof password !== 'string' || !password || password.toLowerCase() !== (secretKey || secretCode).toLowerCase())
    return { status: 203, headers: { 'content-type': 'application/json' }, body: 'secretKey not sucess' };
  const { password: _password, ...detail } = record;
  return { body: detail };
}

export async function startOpencpsSimulator(options: OpencpsSimulatorOptions): Promise<OpencpsSimulator> {
  const groupId = options.groupId ?? '35417';
  const records = options.dossiers.map((d, i) => (options.variant === 'public-code' ? publicCodeDossier(d, i) : opencpsDossier(d, i)));
  const services = options.procedures.map((p, i) => opencpsService(p, i));
  const server = await scriptedServer((req) => {
    const special = options.override?.(req);
    if (special) return special;
    if (req.headers.groupid !== groupId) return { status: 400, body: { message: 'groupId is required' } };
    const dossier = /^\/o\/rest\/v2\/dossiers\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && dossier && options.variant === 'public-code')
      return publicCodeDetail(records, decodeURIComponent(dossier[1]!), req);
    if (req.method === 'GET' && dossier) {
      const id = decodeURIComponent(dossier[1]!);
      const record = records.find((r) => String(r.dossierId) === id || r.referenceUid === id || r.dossierNo === id.toUpperCase());
      if (!record) return { status: 404, body: { message: 'Not found' } };
      const given = req.query.get('secretKey') || String(req.headers.secretcode ?? '');
      if (!given || given.toLowerCase() !== String(record.password).toLowerCase())
        return { status: 403, body: { message: 'Permission denied' } };
      // The detail never carries the password back.
      const { password: _password, ...detail } = record;
      return { body: detail };
    }
    if (req.method === 'GET' && req.path === '/o/rest/v2/serviceinfos') {
      const start = Number(req.query.get('start') ?? 0);
      const end = Number(req.query.get('end') ?? 20);
      return { body: { total: services.length, data: services.slice(start, end) } };
    }
    return { status: 404, body: { message: 'Not found' } };
  });
  return { ...server, groupId, record: (code) => records.find((r) => r.dossierNo === code) };
}
