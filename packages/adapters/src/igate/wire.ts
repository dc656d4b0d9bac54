/**
 * VNPT iGate's REST shapes, as public client code of provincial deployments declares them
 * (docs/adapters.md names the sources). A name comes as a string, as one
 * `{ languageId, name }` or as an array of them (228 = Vietnamese, 46 = English), and a
 * field may use any of the three from one deployment to the next.
 */
import * as z from 'zod/mini';
import { looseText, optionalLoose } from '../wire-reading.js';

const Translation = z.object({ languageId: optionalLoose, name: z.optional(z.nullable(z.string())) });
/** A name in any of its three forms. */
export const NameSchema = z.optional(z.nullable(z.union([z.string(), Translation, z.array(Translation)])));

const Named = z.object({ id: optionalLoose, code: optionalLoose, name: NameSchema, translate: NameSchema });

export const TokenSchema = z.object({ access_token: z.string().check(z.minLength(1)), expires_in: z.optional(z.number()) });

const TaskSchema = z.object({
  /** 1 for the step the dossier is at now, 0 for the others. */
  isCurrent: z.optional(z.nullable(z.union([z.number(), z.boolean(), z.string()]))),
  assignee: z.optional(z.nullable(z.object({ fullname: optionalLoose, position: z.optional(z.nullable(Named)) }))),
  candidateGroup: z.optional(z.nullable(z.union([z.string(), Named, z.array(Named)]))),
  agency: z.optional(z.nullable(Named)),
  createdDate: optionalLoose,
  updatedDate: optionalLoose,
  dueDate: optionalLoose,
  /** `name` is `{ id, name }` in the deployments seen; a string or translations elsewhere. */
  bpmProcessDefinitionTask: z.optional(
    z.nullable(z.object({ name: z.optional(z.nullable(z.union([z.string(), Named, Translation, z.array(Translation)]))) })),
  ),
});

export const DossierRecordSchema = z.object({
  id: optionalLoose,
  /** The local code; `nationCode` is the national one beside it (a citizen may hold either). */
  code: looseText,
  nationCode: optionalLoose,
  dossierStatus: z.object({ id: optionalLoose, name: NameSchema }),
  applicant: z.optional(
    z.nullable(
      z.object({
        data: z.optional(
          z.nullable(
            z.object({
              /** The person who submitted it. */
              fullname: optionalLoose,
              /** The dossier's owner (chủ hồ sơ), when someone else submitted it. */
              ownerFullname: optionalLoose,
              identityNumber: optionalLoose,
              phoneNumber: optionalLoose,
              email: optionalLoose,
              address: optionalLoose,
            }),
          ),
        ),
      }),
    ),
  ),
  procedure: z.object({
    id: optionalLoose,
    code: optionalLoose,
    translate: NameSchema,
    name: NameSchema,
    sector: z.optional(z.nullable(Named)),
  }),
  agency: z.optional(z.nullable(Named)),
  appliedDate: optionalLoose,
  acceptedDate: optionalLoose,
  appointmentDate: optionalLoose,
  dueDate: optionalLoose,
  completedDate: optionalLoose,
  returnedDate: optionalLoose,
  applyMethod: z.optional(z.nullable(Named)),
  task: z.optional(z.nullable(z.array(TaskSchema))),
  /** Older deployments list the current step apart. */
  currentTask: z.optional(z.nullable(z.array(TaskSchema))),
});

export const PageSchema = <T extends z.ZodMiniType>(item: T) =>
  z.object({ content: z.array(item), last: z.optional(z.boolean()), totalPages: z.optional(z.number()) });

export const ProcedureRecordSchema = z.object({
  id: optionalLoose,
  code: looseText,
  translate: NameSchema,
  name: NameSchema,
  sector: z.optional(z.nullable(Named)),
  level: z.optional(z.nullable(z.union([Named, z.array(Named), looseText]))),
  onlineLevel: optionalLoose,
});

export const NamedRecordSchema = Named;
export type DossierRecord = z.infer<typeof DossierRecordSchema>;
export type TaskRecord = z.infer<typeof TaskSchema>;
export type ProcedureRecord = z.infer<typeof ProcedureRecordSchema>;
export type NamedRecord = z.infer<typeof Named>;
export type NameValue = z.infer<typeof NameSchema>;
