/**
 * What of a dossier may leave the gateway. Without the key: status, procedure, dates and a
 * masked name. With it: steps and details too. Never: phone, ID number, email, address, or
 * the key itself. Each view says which key opens the details (`keyKind`).
 */
import { isPlaceholderId, normalizeKey, type Dossier, type KeyKind } from '@motcua/core';
import { maskName } from '@motcua/core/status';
import { timingSafeEqual } from 'node:crypto';

export { maskName };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What the backend holds for `kind`: the receipt's key, the applicant's ID or phone number. */
function heldKey(kind: KeyKind, dossier: Dossier): string | undefined {
  if (kind === 'receipt') return dossier.lookupKey;
  if (kind === 'phone') return dossier.applicant?.phone;
  const id = dossier.applicant?.idNumber;
  // A placeholder ("000000001") stands for "unknown": it must open nothing.
  return id && !isPlaceholderId(id) ? id : undefined;
}

/** The one key the gateway checks (its `keyKind`) opens the details; nothing else does. */
export function keyMatches(kind: KeyKind, dossier: Dossier, key: string): boolean {
  const held = heldKey(kind, dossier);
  if (!held) return false;
  const expected = normalizeKey(kind, held);
  return expected.length > 0 && sameText(expected, normalizeKey(kind, key));
}

export function publicView(d: Dossier, keyKind: KeyKind): Dossier {
  const view: Dossier = {
    code: d.code,
    procedure: d.procedure,
    ...(d.receivedAt ? { receivedAt: d.receivedAt } : {}),
    status: d.status,
    restricted: true,
    keyKind,
  };
  if (d.sector) view.sector = d.sector;
  if (d.agency) view.agency = d.agency;
  if (d.channel) view.channel = d.channel;
  if (d.appointmentAt) view.appointmentAt = d.appointmentAt;
  if (d.completedAt) view.completedAt = d.completedAt;
  if (d.returnedAt) view.returnedAt = d.returnedAt;
  if (d.statusLabel) view.statusLabel = d.statusLabel;
  if (d.resultDelivery) view.resultDelivery = d.resultDelivery;
  if (d.applicant)
    view.applicant = { name: maskName(d.applicant.name), masked: true, ...(d.applicant.kind ? { kind: d.applicant.kind } : {}) };
  return view;
}

export function fullView(d: Dossier, keyKind: KeyKind): Dossier {
  const { lookupKey: _key, applicant, ...rest } = d;
  const view: Dossier = { ...rest, restricted: false, keyKind };
  if (applicant) view.applicant = { name: applicant.name, ...(applicant.kind ? { kind: applicant.kind } : {}) };
  return view;
}
