/**
 * OpenCPS's own REST shapes (VietOpenCPS/opencps-v2: `DossierManagement`, the dossier model's
 * fields; the service catalogue as its front-ends read `/o/rest/v2/serviceinfos`).
 */
import * as z from 'zod/mini';
import { looseText, nonBlank, optionalLoose } from '../wire-reading.js';

export const DossierRecordSchema = z.object({
  dossierId: optionalLoose,
  referenceUid: optionalLoose,
  dossierNo: looseText,
  serviceCode: optionalLoose,
  serviceName: nonBlank,
  govAgencyCode: optionalLoose,
  govAgencyName: optionalLoose,
  applicantName: optionalLoose,
  applicantIdType: optionalLoose,
  applicantIdNo: optionalLoose,
  address: optionalLoose,
  contactTelNo: optionalLoose,
  contactEmail: optionalLoose,
  briefNote: optionalLoose,
  dossierNote: optionalLoose,
  /** A status word: new, receiving, processing, waiting, paying, releasing, done… */
  dossierStatus: optionalLoose,
  dossierStatusText: optionalLoose,
  dossierSubStatus: optionalLoose,
  dossierSubStatusText: optionalLoose,
  submitDate: optionalLoose,
  receiveDate: optionalLoose,
  dueDate: optionalLoose,
  extendDate: optionalLoose,
  releaseDate: optionalLoose,
  finishDate: optionalLoose,
  /** "2" when the result goes by post; "1" post offered but not chosen; "0" no post (sent as text). */
  viaPostal: optionalLoose,
  online: z.optional(z.nullable(z.union([z.boolean(), z.string(), z.number()]))),
});

export const ServiceInfoSchema = z.object({
  serviceInfoId: optionalLoose,
  serviceCode: looseText,
  serviceName: nonBlank,
  domainCode: optionalLoose,
  domainName: optionalLoose,
  administrationCode: optionalLoose,
  administrationName: optionalLoose,
  maxLevel: optionalLoose,
});

export const ListSchema = z.object({ total: z.optional(z.nullable(z.number())), data: z.optional(z.nullable(z.array(z.unknown()))) });

export type DossierRecord = z.infer<typeof DossierRecordSchema>;
export type ServiceInfo = z.infer<typeof ServiceInfoSchema>;
