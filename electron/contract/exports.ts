import { z } from 'zod';
import { ACTION_STATUSES, BACKUP_FULL_REASONS, DELEGATION_STATUSES, ERROR_CODES, EXPORT_KINDS, EXPORT_STATUSES, MEETING_STATUSES } from '../../db/enums';
import { def, none } from './define';
import { id, instant, isoDate } from './primitives';

// Documents and exports to shared drives. Each export starts a job and answers at once with it
// (the dispatcher is synchronous and writing to a share can take seconds): poll `jobs.status`
// for the stage, progress and, at the end, the file written ({file, bytes, sha256, exportId});
// `jobs.cancel` stops it. Every export, done, failed or cancelled, is in `exports.list`.

export const LANGUAGES = ['vi', 'en'] as const;
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const EXPORT_LISTS = ['actionItems', 'meetings', 'delegations'] as const;

const language = z.enum(LANGUAGES);
/** A full path of a folder (a share, a mapped drive, a local folder); the export folder of Settings when left out. */
const folder = z.string().trim().min(1).max(1000).optional();

export const actionItemFilter = z
  .object({
    status: z.array(z.enum(ACTION_STATUSES)).min(1).max(ACTION_STATUSES.length).optional(),
    leadAgencyId: id.optional(),
    ownerPersonId: id.optional(),
    bodyId: id.optional(),
    sourceMeetingId: id.optional(),
    dueFrom: isoDate.optional(),
    dueTo: isoDate.optional(),
  })
  .strict();

export const meetingFilter = z
  .object({
    bodyId: id.optional(),
    status: z.array(z.enum(MEETING_STATUSES)).min(1).max(MEETING_STATUSES.length).optional(),
    parentId: id.nullable().optional(),
    year: z.number().int().min(1967).max(2200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const delegationFilter = z.object({ meetingId: id.optional(), status: z.enum(DELEGATION_STATUSES).optional() }).strict();

export const jobResultSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  folder: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().nullable(),
  exportId: id,
  /** The target was open elsewhere, so the file was written as '… (2).xlsx' beside it. */
  versioned: z.boolean(),
  /** A backup: full, or only the changes since the folder's last backup (applied on `base` and those after it at restore). */
  backup: z
    .object({
      mode: z.enum(['full', 'changes']),
      reason: z.enum(BACKUP_FULL_REASONS).nullable(),
      rows: z.number().int().min(0).optional(),
      keys: z.number().int().min(0).optional(),
      base: z.string().optional(),
    })
    .strict()
    .optional(),
});

export const jobSchema = z.object({
  jobId: z.string(),
  exportId: id,
  kind: z.string(),
  state: z.enum(JOB_STATES),
  stage: z.string(),
  progress: z.number().min(0).max(1),
  startedAt: instant,
  finishedAt: instant.nullable(),
  result: jobResultSchema.nullable(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.object({ vi: z.string(), en: z.string() }), details: z.unknown().optional() }).nullable(),
});

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

export const integritySchema = z.object({
  state: z.enum(['never', 'running', 'done', 'failed']),
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
  /** Whether SQLite's quick_check found the data file sound (null until a check has ended). */
  ok: z.boolean().nullable(),
  /** The first problems it reported, as SQLite words them. */
  problems: z.array(z.string()),
  ms: z.number().int().min(0).nullable(),
  /** Why the check could not run (not a verdict on the data). */
  error: z.object({ vi: z.string(), en: z.string() }).nullable(),
});

const csvInput = z.discriminatedUnion('list', [
  z.object({ list: z.literal('actionItems'), filter: actionItemFilter.optional(), q: z.string().max(200).optional(), language, folder }).strict(),
  z.object({ list: z.literal('meetings'), filter: meetingFilter.optional(), q: z.string().max(200).optional(), language, folder }).strict(),
  z.object({ list: z.literal('delegations'), filter: delegationFilter.optional(), language, folder }).strict(),
]);

export const exportMethods = {
  'exports.briefing': def('read', z.object({ meetingId: id, language, folder }).strict(), jobSchema),
  'exports.annualReport': def('read', z.object({ year: z.number().int().min(1967).max(2200), language, folder }).strict(), jobSchema),
  'exports.tracker': def('read', z.object({ filter: actionItemFilter.optional(), q: z.string().max(200).optional(), language, folder }).strict(), jobSchema),
  'exports.csv': def('read', csvInput, jobSchema),
  'exports.calendar': def('read', z.object({ filter: meetingFilter.optional(), language: language.default('vi'), folder }).strict(), jobSchema),
  /** `full`: a full backup even where one of changes would do (a file that stands alone). */
  'backup.create': def('read', z.object({ folder, full: z.boolean().optional() }).strict(), jobSchema),
  /** Replaces ALL current data with the backup's (after keeping a copy of the current data). */
  'backup.restore': def('read', z.object({ file: z.string().trim().min(1).max(1000) }).strict(), jobSchema),
  'jobs.status': def('read', z.object({ jobId: z.string().min(1).max(100) }).strict(), jobSchema),
  'jobs.cancel': def('read', z.object({ jobId: z.string().min(1).max(100) }).strict(), jobSchema),
  'jobs.recent': def('read', none.strict(), z.array(jobSchema)),
  /** The integrity check of the data file that runs after the app opens (on a worker thread). */
  'integrity.status': def('read', none.strict(), integritySchema),
  /** Runs the integrity check again (unless it is running); answers at once. */
  'integrity.check': def('read', none.strict(), integritySchema),
  'exports.list': def(
    'read',
    z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        cursor: z.string().max(2000).nullable().optional(),
        kind: z.enum(EXPORT_KINDS).optional(),
        meetingId: id.optional(),
      })
      .strict(),
    z.object({ items: z.array(exportRecordSchema), nextCursor: z.string().nullable() }),
  ),
};

export type ExportJob = z.infer<typeof jobSchema>;
export type IntegrityStatusOut = z.infer<typeof integritySchema>;
export type ExportRecordOut = z.infer<typeof exportRecordSchema>;
export type ExportLanguage = (typeof LANGUAGES)[number];
