import { z } from 'zod';
import { EXPORT_KINDS, EXPORT_STATUSES } from '../../common/enums';
import { actionItemFilter } from './actionItems';
import { def } from './define';
import { delegationFilter } from './delegations';
import { jobSchema } from './jobs';
import { meetingFilter } from './meetings';
import { id, instant, noControlChars, plainString } from './primitives';

// Documents and exports to shared drives: the briefing of a meeting, the annual report, the
// tracker (Excel), CSV lists and the calendar (.ics). Each starts a job and answers at once with
// it (writing to a share can take seconds); every export, done, failed or cancelled, is in
// `exports.list`.

export const LANGUAGES = ['vi', 'en'] as const;
export const EXPORT_LISTS = ['actionItems', 'meetings', 'delegations'] as const;

export const languageInput = z.enum(LANGUAGES);
const language = languageInput;
/** A full path of a folder (a share, a mapped drive, a local folder); the export folder of Settings when left out. */
export const folderInput = z.string().trim().min(1).max(1000).check(noControlChars()).optional();
const folder = folderInput;
/**
 * The officer confirmed writing classified content (delegations marked Mật or higher) to the folder:
 * without it, an export or backup that holds some is answered with a question
 * (VALIDATION, details `needsConfirmation: 'classified'`: electron/handlers/classifiedExports.ts).
 */
export const classifiedConfirmedInput = z.boolean().optional();
const classifiedConfirmed = classifiedConfirmedInput;

export const exportRecordSchema = z.object({
  id,
  kind: z.enum(EXPORT_KINDS),
  format: z.string(),
  language: z.string().nullable(),
  meetingId: id.nullable(),
  year: z.number().int().nullable(),
  params: z.record(z.string(), z.unknown()).nullable(),
  folder: z.string(),
  fileName: z.string().nullable(),
  bytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  status: z.enum(EXPORT_STATUSES),
  error: z.string().nullable(),
  startedAt: instant,
  finishedAt: instant.nullable(),
});

const csvInput = z.discriminatedUnion('list', [
  z.object({ list: z.literal('actionItems'), filter: actionItemFilter.strict().optional(), q: plainString(200).optional(), language, folder, classifiedConfirmed }).strict(),
  z.object({ list: z.literal('meetings'), filter: meetingFilter.strict().optional(), q: plainString(200).optional(), language, folder, classifiedConfirmed }).strict(),
  z.object({ list: z.literal('delegations'), filter: delegationFilter.strict().optional(), language, folder, classifiedConfirmed }).strict(),
]);

export const exportMethods = {
  'exports.tracker': def(
    'read',
    z.object({ filter: actionItemFilter.strict().optional(), q: plainString(200).optional(), language, folder, classifiedConfirmed }).strict(),
    jobSchema,
  ),
  'exports.csv': def('read', csvInput, jobSchema),
  'exports.calendar': def('read', z.object({ filter: meetingFilter.strict().optional(), language: language.default('vi'), folder }).strict(), jobSchema),
  'exports.list': def(
    'read',
    z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        cursor: plainString(2000).nullable().optional(),
        kind: z.enum(EXPORT_KINDS).optional(),
        meetingId: id.optional(),
      })
      .strict(),
    z.object({ items: z.array(exportRecordSchema), nextCursor: z.string().nullable() }),
  ),
};

export type ExportRecordOut = z.infer<typeof exportRecordSchema>;
export type ExportLanguage = (typeof LANGUAGES)[number];
