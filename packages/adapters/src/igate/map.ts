/** iGate records → core model. */
import { foldVietnamese, type Channel, type Dossier, type Level, type Procedure, type ProcessingStep } from '@motcua/core';
import { DOSSIER_STATUSES, isDossierStatusCode, type DossierStatusCode } from '@motcua/core/status';
import { fromIsoLike } from '../wire-dates.js';
import { badField, date, level, text } from '../wire.js';
import type { DossierRecord, NamedRecord, ProcedureRecord, TaskRecord, Translate } from './wire.js';

const WHAT = 'igate dossier';
export const VIETNAMESE = 228;
export const ENGLISH = 46;

/** The Vietnamese name, else the English one, else the first. */
export function nameOf(value: string | Translate | null | undefined): string | undefined {
  if (typeof value === 'string') return text(value);
  if (!value?.length) return undefined;
  const by = (id: number) => value.find((t) => Number(t.languageId) === id)?.name;
  return text(by(VIETNAMESE) ?? by(ENGLISH) ?? value[0]?.name);
}

const named = (n: NamedRecord | null | undefined) => nameOf(n?.translate) ?? nameOf(n?.name);
const d = (value: string | number | null | undefined, field: string) => date(value, fromIsoLike, WHAT, field);

/** Maps iGate's own status id (a string key) to the national 1–10 code. */
export type StatusMap = Readonly<Record<string, number>>;

function status(r: DossierRecord, map: StatusMap): DossierStatusCode {
  const mapped = map[String(r.dossierStatus.id)];
  if (isDossierStatusCode(mapped)) return mapped;
  // Not in the table: fall back on the wording, when it is a national label.
  const label = foldVietnamese(nameOf(r.dossierStatus.name) ?? '');
  const byLabel = Object.values(DOSSIER_STATUSES).find((s) => foldVietnamese(s.label.vi) === label);
  if (byLabel) return byLabel.code;
  throw badField(WHAT, 'dossierStatus.id', `iGate status ${String(r.dossierStatus.id)} is not in the status map; add it to statusMap`);
}

function channel(r: DossierRecord): Channel | undefined {
  const name = foldVietnamese(named(r.applyMethod) ?? '');
  if (name.includes('truc tuyen') || name.includes('online')) return 'online';
  if (name.includes('buu chinh') || name.includes('post')) return 'postal';
  if (name.includes('truc tiep') || name.includes('in person')) return 'in-person';
  return undefined;
}

function steps(r: DossierRecord): ProcessingStep[] {
  const done = (r.task ?? []).map((t, i) => step(t, `task[${i}]`, true));
  const current = (r.currentTask ?? []).map((t, i) => step(t, `currentTask[${i}]`, false));
  return [...done, ...current];
}

function step(t: TaskRecord, path: string, finished: boolean): ProcessingStep {
  const out: ProcessingStep = { name: nameOf(t.bpmProcessDefinitionTask?.name) ?? 'Xử lý hồ sơ', status: finished ? 'done' : 'in-progress' };
  const group = Array.isArray(t.candidateGroup) ? t.candidateGroup[0] : t.candidateGroup;
  const department = typeof group === 'string' ? text(group) : named(group);
  if (department) out.department = department;
  const agency = named(t.agency);
  if (agency) {
    out.agency = { name: agency, ...(text(t.agency?.code) ? { code: text(t.agency?.code)! } : {}) };
    const l = level(agency);
    if (l) out.level = l;
  }
  const handler = text(t.assignee?.fullname);
  if (handler) out.handler = { name: handler, ...(named(t.assignee?.position) ? { title: named(t.assignee?.position)! } : {}) };
  const startedAt = d(t.createdDate, `${path}.createdDate`);
  const dueAt = d(t.dueDate, `${path}.dueDate`);
  const finishedAt = finished ? d(t.updatedDate, `${path}.updatedDate`) : undefined;
  if (startedAt) out.startedAt = startedAt;
  if (dueAt) out.dueAt = dueAt;
  if (finishedAt) out.finishedAt = finishedAt;
  return out;
}

export function toDossier(r: DossierRecord, map: StatusMap): Dossier {
  const receivedAt = d(r.acceptedDate, 'acceptedDate') ?? d(r.appliedDate, 'appliedDate');
  if (!receivedAt) throw badField(WHAT, 'acceptedDate', 'neither acceptedDate nor appliedDate');
  const out: Dossier = {
    code: String(r.code).trim(),
    procedure: { code: String(r.procedure.code).trim(), name: nameOf(r.procedure.translate) ?? (() => { throw badField(WHAT, 'procedure.translate', 'no name'); })() },
    receivedAt,
    status: status(r, map),
  };
  const sectorName = named(r.procedure.sector);
  const sectorCode = text(r.procedure.sector?.code);
  if (sectorName && sectorCode) out.sector = { code: sectorCode, name: sectorName };
  const agencyName = named(r.agency);
  if (agencyName) out.agency = { name: agencyName, ...(text(r.agency?.code) ? { code: text(r.agency?.code)! } : {}) };
  const statusName = nameOf(r.dossierStatus.name);
  if (statusName) out.statusLabel = statusName;
  const a = r.applicant?.data;
  const fullname = text(a?.fullname);
  if (fullname) {
    out.applicant = { name: fullname };
    if (text(a?.identityNumber)) out.applicant.idNumber = text(a?.identityNumber)!;
    if (text(a?.phoneNumber)) out.applicant.phone = text(a?.phoneNumber)!;
    if (text(a?.email)) out.applicant.email = text(a?.email)!;
    if (text(a?.address)) out.applicant.address = text(a?.address)!;
  }
  const c = channel(r);
  if (c) out.channel = c;
  const appointmentAt = d(r.appointmentDate, 'appointmentDate') ?? d(r.dueDate, 'dueDate');
  const completedAt = d(r.completedDate, 'completedDate');
  const returnedAt = d(r.returnedDate, 'returnedDate');
  if (appointmentAt) out.appointmentAt = appointmentAt;
  if (completedAt) out.completedAt = completedAt;
  if (returnedAt) out.returnedAt = returnedAt;
  const s = steps(r);
  if (s.length) out.steps = s;
  return out;
}

function levels(value: ProcedureRecord['level']): Level[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  const out = list.map((v) => level(typeof v === 'object' ? (named(v) ?? text(v.code)) : v)).filter((l): l is Level => !!l);
  return out.length ? [...new Set(out)] : undefined;
}

export function toProcedure(r: ProcedureRecord): Procedure {
  const sectorName = named(r.sector);
  const sectorCode = text(r.sector.code) ?? text(r.sector.id);
  if (!sectorName || !sectorCode) throw badField('igate procedure', 'sector', 'missing code or name');
  const name = nameOf(r.translate);
  if (!name) throw badField('igate procedure', 'translate', 'no name in any language');
  const out: Procedure = { code: String(r.code).trim(), name, sector: { code: sectorCode, name: sectorName } };
  const l = levels(r.level);
  if (l) out.levels = l;
  const online = text(r.onlineLevel);
  if (online === '4') out.onlineService = 'full';
  else if (online === '3') out.onlineService = 'partial';
  else if (online === '2' || online === '1') out.onlineService = 'none';
  return out;
}

export { named };
