/** OpenCPS records → core model, reading every optional field tolerantly. */
import type { Dossier, Procedure } from '@motcua/core';
import type { DossierStatusCode } from '@motcua/core/status';
import { statusFromWords, UNKNOWN_STATUS } from '../status-from-wording.js';
import { fromDayFirst } from '../wire-dates.js';
import { badField, onlineService, softDate, text } from '../wire-reading.js';
import type { DossierRecord, ServiceInfo } from './wire.js';

/**
 * OpenCPS's status words → national codes, as a provincial integration maps them (TH,
 * docs/adapters.md). Interoperating and posting (in transit between offices) are "in progress".
 */
export const OPENCPS_STATUS: Readonly<Record<string, DossierStatusCode>> = {
  // TH's table (FormatTrangThaiHoSoDVCQG.cs), for the words it maps.
  receiving: 1,
  new: 2,
  denied: 3,
  processing: 4,
  waiting: 5,
  paying: 6,
  cancelled: 7,
  unresolved: 8,
  releasing: 9,
  done: 10,
  // The other words opencps-v2 uses (DossierTerm, DossierStatusConstants, constants.properties),
  // by meaning and by their place in its 1.9 codes (ServiceProcessLocalServiceImpl: 110 new,
  // 120 collecting, 130 receiving, 200 processing, 210 handover, 300 releasing, 310 posting, 400 done).
  submitting: 1,
  collecting: 1,
  interoperating: 4,
  handover: 4,
  correcting: 5,
  cancelling: 7,
  pausing: 8,
  // After releasing, before done: the result is on its way by post.
  posting: 9,
};

/** A note as OpenCPS stores it: the text "null" is none (its kiosk tests for it); HTML line breaks become new lines, other tags go. */
function noteText(value: string | number | null | undefined): string | undefined {
  const raw = text(value);
  if (!raw || /^(null|undefined)$/i.test(raw)) return undefined;
  const plain = raw
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return text(
    plain
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
  );
}

function status(r: DossierRecord, dropped: string[]): DossierStatusCode {
  const word = text(r.dossierStatus)?.toLowerCase();
  // (Its own entry: "constructor" must not find Object's.)
  const mapped = word && Object.hasOwn(OPENCPS_STATUS, word) ? OPENCPS_STATUS[word] : undefined;
  if (mapped) return mapped;
  const label = text(r.dossierStatusText);
  const byWords = statusFromWords(label);
  if (!word && !label) throw badField('opencps dossier', 'dossierStatus', 'neither a status nor its text');
  dropped.push(
    `dossierStatus (status "${word ?? ''}" "${label ?? ''}" is not an OpenCPS status word; ${byWords ? `read from its text as ${byWords}` : `shown as ${UNKNOWN_STATUS}`})`,
  );
  return byWords ?? UNKNOWN_STATUS;
}

export function toDossier(r: DossierRecord, dropped: string[] = []): Dossier {
  const serviceCode = text(r.serviceCode);
  const out: Dossier = {
    code: String(r.dossierNo).trim(),
    procedure: { ...(serviceCode ? { code: serviceCode } : {}), name: r.serviceName.trim() },
    status: status(r, dropped),
  };
  const date = (value: string | number | null | undefined, field: string) => softDate(value, fromDayFirst, field, dropped);
  // Blank until the desk receives it: a dossier only submitted has no receivedAt (submitDate is not it).
  const receivedAt = date(r.receiveDate, 'receiveDate');
  if (receivedAt) out.receivedAt = receivedAt;
  // An extension moves the appointment.
  const appointmentAt = date(r.extendDate, 'extendDate') ?? date(r.dueDate, 'dueDate');
  if (appointmentAt) out.appointmentAt = appointmentAt;
  const completedAt = date(r.releaseDate, 'releaseDate');
  const returnedAt = date(r.finishDate, 'finishDate');
  if (completedAt) out.completedAt = completedAt;
  if (returnedAt) out.returnedAt = returnedAt;
  const label = text(r.dossierStatusText);
  if (label) out.statusLabel = label;
  const agency = text(r.govAgencyName);
  if (agency) out.agency = { name: agency, ...(text(r.govAgencyCode) ? { code: text(r.govAgencyCode)! } : {}) };
  const name = text(r.applicantName);
  if (name) {
    out.applicant = { name };
    const idType = text(r.applicantIdType)?.toLowerCase();
    if (idType === 'citizen' || idType === 'business') out.applicant.kind = idType;
    const fields = { idNumber: r.applicantIdNo, address: r.address, phone: r.contactTelNo, email: r.contactEmail } as const;
    for (const [key, value] of Object.entries(fields)) if (text(value)) out.applicant[key as keyof typeof fields] = text(value)!;
  }
  const online = r.online === true || text(r.online as string) === 'true';
  if (r.online !== undefined && r.online !== null) out.channel = online ? 'online' : 'in-person';
  // viaPostal: 0 the service offers no post, 1 post offered but not chosen, 2 the result goes
  // by post (opencps-v2 DossierLocalServiceImpl, DVCQGIntegrationActionImpl's HinhThuc).
  const postal = text(r.viaPostal);
  if (postal === '2') out.resultDelivery = 'postal';
  else if (postal === '0' || postal === '1') out.resultDelivery = 'in-person';
  else if (postal) dropped.push(`viaPostal (not 0, 1 or 2: "${postal.slice(0, 20)}")`);
  const summary = text(r.briefNote);
  if (summary) out.summary = summary;
  const note = noteText(r.dossierNote);
  if (note) out.note = note;
  return out;
}

/** A service of the catalogue; field names beyond serviceCode/serviceName are a guess (docs/adapters.md). */
export function toProcedure(s: ServiceInfo): Procedure {
  const out: Procedure = { code: String(s.serviceCode).trim(), name: s.serviceName.trim() };
  const sectorCode = text(s.domainCode);
  const sectorName = text(s.domainName);
  if (sectorCode && sectorName) out.sector = { code: sectorCode, name: sectorName };
  const agency = text(s.administrationName);
  if (agency) out.agency = agency;
  const online = onlineService(s.maxLevel);
  if (online) out.onlineService = online;
  return out;
}
