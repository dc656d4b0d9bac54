/** iGate records → core model, reading every optional field tolerantly. */
import { foldVietnamese, type Channel, type Dossier, type Level, type Procedure, type ProcessingStep } from '@motcua/core';
import { isDossierStatusCode, type DossierStatusCode } from '@motcua/core/status';
import { statusFromWords, UNKNOWN_STATUS } from '../status-from-wording.js';
import { fromIsoLike } from '../wire-dates.js';
import { badField, level, onlineService, softDate, text } from '../wire-reading.js';
import type { DossierRecord, NamedRecord, ProcedureRecord, TaskRecord } from './wire.js';

const WHAT = 'igate dossier';
export const VIETNAMESE = 228;
export const ENGLISH = 46;

type NameLike =
  | string
  | { languageId?: unknown; name?: unknown; translate?: unknown }
  | ReadonlyArray<{ languageId?: unknown; name?: unknown }>
  | null
  | undefined;

/** A name in any of iGate's forms: a string, `{ languageId, name }`, an array of those (Vietnamese first), or a record with a `name`. */
export function nameOf(value: NameLike | unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    const by = (id: number) => value.find((t: { languageId?: unknown }) => Number(t?.languageId) === id);
    return nameOf((by(VIETNAMESE) ?? by(ENGLISH) ?? value[0])?.name);
  }
  if (value && typeof value === 'object') {
    const v = value as { name?: unknown; translate?: unknown };
    return nameOf(v.translate) ?? nameOf(v.name);
  }
  return undefined;
}

export const named = (n: NamedRecord | null | undefined) => nameOf(n);

/** Maps a deployment's own status id (a string key) to the national 1–10 code. */
export type StatusMap = Readonly<Record<string, number>>;

/**
 * By the configured id, else by the status's words (its national label or the nearest one),
 * else "in progress". Never fails: what was guessed goes into `dropped` for the operator.
 */
function status(r: DossierRecord, map: StatusMap, dropped: string[]): DossierStatusCode {
  const id = text(r.dossierStatus.id);
  const mapped = id === undefined ? undefined : map[id];
  if (isDossierStatusCode(mapped)) return mapped;
  const name = nameOf(r.dossierStatus.name);
  const byWords = statusFromWords(name);
  if (byWords) {
    if (id !== undefined) dropped.push(`dossierStatus.id (status ${id} "${name}" is not in statusMap; read from its words as ${byWords})`);
    return byWords;
  }
  if (id === undefined && name === undefined) throw badField(WHAT, 'dossierStatus', 'neither an id nor a name');
  dropped.push(
    `dossierStatus (status ${id ?? '?'} "${name ?? ''}" is not in statusMap and its words say nothing known; shown as ${UNKNOWN_STATUS})`,
  );
  return UNKNOWN_STATUS;
}

function channel(r: DossierRecord): Channel | undefined {
  const name = foldVietnamese(named(r.applyMethod) ?? '');
  if (name.includes('truc tuyen') || name.includes('online')) return 'online';
  if (name.includes('buu chinh') || name.includes('post')) return 'postal';
  if (name.includes('truc tiep') || name.includes('in person')) return 'in-person';
  return undefined;
}

const isCurrent = (t: TaskRecord) => t.isCurrent === 1 || t.isCurrent === true || t.isCurrent === '1';

function steps(r: DossierRecord, dropped: string[]): ProcessingStep[] {
  const tasks = (r.task ?? []).map((t, i) => step(t, `task[${i}]`, !isCurrent(t), dropped));
  const current = (r.currentTask ?? []).map((t, i) => step(t, `currentTask[${i}]`, false, dropped));
  return [...tasks, ...current];
}

function step(t: TaskRecord, path: string, finished: boolean, dropped: string[]): ProcessingStep {
  const out: ProcessingStep = {
    name: nameOf(t.bpmProcessDefinitionTask?.name) ?? 'Xử lý hồ sơ',
    status: finished ? 'done' : 'in-progress',
  };
  const group = Array.isArray(t.candidateGroup) ? t.candidateGroup[0] : t.candidateGroup;
  const department = nameOf(group);
  if (department) out.department = department;
  const agency = named(t.agency);
  if (agency) {
    const code = text(t.agency?.code);
    out.agency = { name: agency, ...(code ? { code } : {}) };
    const l = level(agency);
    if (l) out.level = l;
  }
  const handler = text(t.assignee?.fullname);
  const title = named(t.assignee?.position);
  if (handler) out.handler = { name: handler, ...(title ? { title } : {}) };
  const startedAt = softDate(t.createdDate, fromIsoLike, `${path}.createdDate`, dropped);
  const dueAt = softDate(t.dueDate, fromIsoLike, `${path}.dueDate`, dropped);
  const finishedAt = finished ? softDate(t.updatedDate, fromIsoLike, `${path}.updatedDate`, dropped) : undefined;
  if (startedAt) out.startedAt = startedAt;
  if (dueAt) out.dueAt = dueAt;
  if (finishedAt) out.finishedAt = finishedAt;
  return out;
}

export function toDossier(r: DossierRecord, map: StatusMap, dropped: string[] = []): Dossier {
  const procedureName = nameOf(r.procedure.translate) ?? nameOf(r.procedure.name);
  if (!procedureName) throw badField(WHAT, 'procedure.translate', 'no name in any language');
  const procedureCode = text(r.procedure.code);
  const out: Dossier = {
    code: String(r.code).trim(),
    procedure: { ...(procedureCode ? { code: procedureCode } : {}), name: procedureName },
    status: status(r, map, dropped),
  };
  const date = (value: string | number | null | undefined, field: string) => softDate(value, fromIsoLike, field, dropped);
  const receivedAt = date(r.acceptedDate, 'acceptedDate') ?? date(r.appliedDate, 'appliedDate');
  if (receivedAt) out.receivedAt = receivedAt;
  const sectorName = named(r.procedure.sector);
  const sectorCode = text(r.procedure.sector?.code) ?? text(r.procedure.sector?.id);
  if (sectorName && sectorCode) out.sector = { code: sectorCode, name: sectorName };
  const agencyName = named(r.agency);
  if (agencyName) out.agency = { name: agencyName, ...(text(r.agency?.code) ? { code: text(r.agency?.code)! } : {}) };
  const statusName = nameOf(r.dossierStatus.name);
  if (statusName) out.statusLabel = statusName;
  const a = r.applicant?.data;
  // The owner (chủ hồ sơ) is whom the dossier is about; the submitter may be a relative or a service.
  const holder = text(a?.ownerFullname) ?? text(a?.fullname);
  if (holder) {
    out.applicant = { name: holder };
    const fields = { idNumber: a?.identityNumber, phone: a?.phoneNumber, email: a?.email, address: a?.address } as const;
    for (const [key, value] of Object.entries(fields)) if (text(value)) out.applicant[key as keyof typeof fields] = text(value)!;
  }
  const c = channel(r);
  if (c) out.channel = c;
  const appointmentAt = date(r.appointmentDate, 'appointmentDate') ?? date(r.dueDate, 'dueDate');
  const completedAt = date(r.completedDate, 'completedDate');
  const returnedAt = date(r.returnedDate, 'returnedDate');
  if (appointmentAt) out.appointmentAt = appointmentAt;
  if (completedAt) out.completedAt = completedAt;
  if (returnedAt) out.returnedAt = returnedAt;
  const s = steps(r, dropped);
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
  const name = nameOf(r.translate) ?? nameOf(r.name);
  if (!name) throw badField('igate procedure', 'translate', 'no name in any language');
  const out: Procedure = { code: String(r.code).trim(), name };
  const sectorName = named(r.sector);
  const sectorCode = text(r.sector?.code) ?? text(r.sector?.id);
  if (sectorName && sectorCode) out.sector = { code: sectorCode, name: sectorName };
  const l = levels(r.level);
  if (l) out.levels = l;
  const online = onlineService(r.onlineLevel);
  if (online) out.onlineService = online;
  return out;
}
