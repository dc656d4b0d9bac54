/**
 * What of a dossier may leave the gateway. Without the lookup key: status, procedure, dates
 * and a masked name. With it: steps and details too. Never: phone, ID number, email,
 * address, or the key itself.
 */
import type { Dossier } from '@motcua/core';
import { maskName } from '@motcua/core/status';
import { timingSafeEqual } from 'node:crypto';

export { maskName };

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a.toUpperCase());
  const y = Buffer.from(b.toUpperCase());
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The receipt's lookup key, or the applicant's full ID number, opens the details. */
export function keyMatches(dossier: Dossier, key: string): boolean {
  return (!!dossier.lookupKey && sameText(dossier.lookupKey, key)) || (!!dossier.applicant?.idNumber && sameText(dossier.applicant.idNumber, key));
}

export function publicView(d: Dossier): Dossier {
  const view: Dossier = { code: d.code, procedure: d.procedure, ...(d.receivedAt ? { receivedAt: d.receivedAt } : {}), status: d.status, restricted: true };
  if (d.sector) view.sector = d.sector;
  if (d.agency) view.agency = d.agency;
  if (d.channel) view.channel = d.channel;
  if (d.appointmentAt) view.appointmentAt = d.appointmentAt;
  if (d.completedAt) view.completedAt = d.completedAt;
  if (d.returnedAt) view.returnedAt = d.returnedAt;
  if (d.statusLabel) view.statusLabel = d.statusLabel;
  if (d.resultDelivery) view.resultDelivery = d.resultDelivery;
  if (d.applicant) view.applicant = { name: maskName(d.applicant.name), masked: true, ...(d.applicant.kind ? { kind: d.applicant.kind } : {}) };
  return view;
}

export function fullView(d: Dossier): Dossier {
  const { lookupKey: _key, applicant, ...rest } = d;
  const view: Dossier = { ...rest, restricted: false };
  if (applicant) view.applicant = { name: applicant.name, ...(applicant.kind ? { kind: applicant.kind } : {}) };
  return view;
}
