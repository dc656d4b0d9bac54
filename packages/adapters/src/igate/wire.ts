/**
 * VNPT iGate's REST shapes, from the field names its public API returns. Names come as
 * `translate: [{ languageId, name }]` with 228 = Vietnamese and 46 = English.
 */
import * as z from 'zod/mini';
import { looseText, optionalLoose } from '../wire.js';

export const TranslateSchema = z.array(z.object({ languageId: optionalLoose, name: z.optional(z.nullable(z.string())) }));
const Named = z.object({ id: optionalLoose, code: optionalLoose, name: z.optional(z.nullable(z.union([z.string(), TranslateSchema]))), translate: z.optional(z.nullable(TranslateSchema)) });

export const TokenSchema = z.object({ access_token: z.string().check(z.minLength(1)), expires_in: z.optional(z.number()) });

const TaskSchema = z.object({
  assignee: z.optional(z.nullable(z.object({ fullname: optionalLoose, position: z.optional(z.nullable(Named)) }))),
  candidateGroup: z.optional(z.nullable(z.union([z.string(), Named, z.array(Named)]))),
  agency: z.optional(z.nullable(Named)),
  createdDate: optionalLoose,
  updatedDate: optionalLoose,
  dueDate: optionalLoose,
  bpmProcessDefinitionTask: z.optional(z.nullable(z.object({ name: z.optional(z.nullable(z.union([z.string(), TranslateSchema]))) }))),
});

export const DossierRecordSchema = z.object({
  id: optionalLoose,
  code: looseText,
  dossierStatus: z.object({ id: looseText, name: z.optional(z.nullable(z.union([z.string(), TranslateSchema]))) }),
  dossierTaskStatus: z.optional(z.nullable(Named)),
  applicant: z.optional(
    z.nullable(
      z.object({
        data: z.optional(z.nullable(z.object({ fullname: optionalLoose, identityNumber: optionalLoose, phoneNumber: optionalLoose, email: optionalLoose, address: optionalLoose }))),
      }),
    ),
  ),
  procedure: z.object({ id: optionalLoose, code: looseText, translate: TranslateSchema.check(z.minLength(1)), sector: z.optional(z.nullable(Named)) }),
  agency: z.optional(z.nullable(Named)),
  appliedDate: optionalLoose,
  acceptedDate: optionalLoose,
  appointmentDate: optionalLoose,
  dueDate: optionalLoose,
  completedDate: optionalLoose,
  returnedDate: optionalLoose,
  applyMethod: z.optional(z.nullable(Named)),
  task: z.optional(z.nullable(z.array(TaskSchema))),
  currentTask: z.optional(z.nullable(z.array(TaskSchema))),
});

export const PageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({ content: z.array(item), last: z.optional(z.boolean()), totalPages: z.optional(z.number()) });

export const ProcedureRecordSchema = z.object({
  id: optionalLoose,
  code: looseText,
  translate: TranslateSchema.check(z.minLength(1)),
  sector: Named,
  level: z.optional(z.nullable(z.union([Named, z.array(Named), looseText]))),
  onlineLevel: optionalLoose,
});

export const NamedRecordSchema = Named;
export type DossierRecord = z.infer<typeof DossierRecordSchema>;
export type TaskRecord = z.infer<typeof TaskSchema>;
export type ProcedureRecord = z.infer<typeof ProcedureRecordSchema>;
export type NamedRecord = z.infer<typeof Named>;
export type Translate = z.infer<typeof TranslateSchema>;
