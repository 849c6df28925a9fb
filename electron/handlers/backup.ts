// Backups of the data file to a folder (usually the shared drive) and restores, each a job: the
// request checks the folder or file and answers at once; the job's worker does the reading.
import path from 'node:path';
import { isFullPath } from '../../common/paths';
import { AppError } from '../../db/errors';
import { createBackup, restoreBackup } from '../services/backup/backup';
import { startCustomJob } from '../services/exports/exportJobs';
import { safeFileName } from '../services/exports/fileNames';
import { stampNow, type HandlerMap } from './context';
import { classifiedStem } from './classifiedExports';
import { folderFor, jobHost } from './exports';
import { checkBackupFile } from './folders';

export const backupHandlers = {
  'backup.create': (ctx, input) => {
    const folder = folderFor(ctx, input.folder);
    const fileName = safeFileName(classifiedStem(ctx, { kind: 'backup' }, input.classifiedConfirmed, `ASOEN Desk backup ${stampNow(ctx)}`, 'vi'), '.sqlite');
    const env = ctx.services.exports;
    return startCustomJob(jobHost(ctx), { kind: 'backup', format: 'sqlite', language: null, params: { operation: 'backup' }, folder, fileName }, async (control) => {
      const out = await createBackup(ctx.db, folder, fileName, env, control, { mode: input.full ? 'full' : 'auto', now: ctx.now().toISOString() });
      const backup = {
        mode: out.mode,
        reason: out.reason,
        ...(out.rows !== undefined ? { rows: out.rows } : {}),
        ...(out.keys !== undefined ? { keys: out.keys } : {}),
        ...(out.base !== undefined ? { base: out.base } : {}),
      };
      return { file: out.file, fileName: out.fileName, folder, bytes: out.bytes, sha256: out.sha256, versioned: out.versioned, backup };
    });
  },
  'backup.restore': (ctx, input) => {
    const file = input.file;
    if (!isFullPath(file)) {
      throw new AppError('VALIDATION', { vi: `Hãy chọn tệp sao lưu bằng đường dẫn đầy đủ (${file}).`, en: `Choose the backup file by its full path (${file}).` }, { field: 'file' });
    }
    checkBackupFile('file', file);
    const env = ctx.services.exports;
    // The copy of the current data goes beside the database (local), or beside the backup for an in-memory database.
    const safetyFolder = ctx.dataFile && ctx.dataFile !== ':memory:' ? path.join(path.dirname(path.resolve(ctx.dataFile)), 'backups') : path.dirname(file);
    const safetyFileName = safeFileName(`ASOEN Desk before restore ${stampNow(ctx)}`, '.sqlite');
    return startCustomJob(
      jobHost(ctx),
      { kind: 'backup', format: 'sqlite', language: null, params: { operation: 'restore', source: file }, folder: safetyFolder, fileName: null },
      async (control) => {
        const out = await restoreBackup(ctx.db, { file, migrationsFolder: env.migrationsFolder, safetyFolder, safetyFileName }, env, control);
        return { file: out.safety.file, fileName: out.safety.fileName, folder: safetyFolder, bytes: out.safety.bytes, sha256: out.safety.sha256, versioned: out.safety.versioned };
      },
    );
  },
} satisfies Partial<HandlerMap>;
