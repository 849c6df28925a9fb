import { z } from 'zod';
import { def, none } from './define';
import { instant } from './primitives';

// The integrity check of the data file (SQLite's quick_check on a worker) that runs after the
// app opens; Settings shows it and can run it again.

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

export const integrityMethods = {
  'integrity.status': def('read', none.strict(), integritySchema),
  /** Runs the integrity check again (unless it is running); answers at once. */
  'integrity.check': def('read', none.strict(), integritySchema),
};

export type IntegrityStatusOut = z.infer<typeof integritySchema>;
