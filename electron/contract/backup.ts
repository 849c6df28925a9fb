import { z } from 'zod';
import { def } from './define';
import { classifiedConfirmedInput, folderInput } from './exports';
import { jobSchema } from './jobs';
import { noControlChars } from './primitives';

// Backups of the data file to a folder (the first full, later ones only the changes) and the
// restore of one, each run as a job.

export const backupMethods = {
  /** `full`: a full backup even where one of changes would do (a file that stands alone). */
  'backup.create': def('read', z.object({ folder: folderInput, full: z.boolean().optional(), classifiedConfirmed: classifiedConfirmedInput }).strict(), jobSchema),
  /** Replaces ALL current data with the backup's (after keeping a copy of the current data). */
  'backup.restore': def('read', z.object({ file: z.string().trim().min(1).max(1000).check(noControlChars()) }).strict(), jobSchema),
};
