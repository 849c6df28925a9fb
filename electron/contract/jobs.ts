import { z } from 'zod';
import { BACKUP_FULL_REASONS, ERROR_CODES } from '../../common/enums';
import { def, none } from './define';
import { id, instant, plainString } from './primitives';

// Long jobs (documents, exports, backups, restores) answer at once with a job: poll
// `jobs.status` for the stage, progress and, at the end, the file written ({file, bytes, sha256,
// exportId}); `jobs.cancel` stops it.

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;

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

const jobId = z.object({ jobId: plainString(100).min(1) }).strict();

export const jobMethods = {
  'jobs.status': def('read', jobId, jobSchema),
  'jobs.cancel': def('read', jobId, jobSchema),
  'jobs.recent': def('read', none.strict(), z.array(jobSchema)),
};

export type ExportJob = z.infer<typeof jobSchema>;
