import path from 'node:path';
import { AppError } from './errors';
import { migrateDatabase, type MigrateResult } from './migrate';
import { openDatabase, type Db, type OpenOptions } from './open';
import { ensureDeviceId } from './repo/core/meta';
import { loadReferenceData } from './seed/load';

export interface AppDatabase {
  db: Db;
  file: string;
  deviceId: string;
  migration: MigrateResult;
}

export interface BootstrapOptions extends OpenOptions {
  migrationsFolder: string;
  /** Defaults to a `backups` folder beside the database file. */
  backupDir?: string;
  now?: () => Date;
  /** Told how long each step of the opening took (the benchmark reports the start-up path). */
  onStep?: (step: OpenStep, ms: number) => void;
}

/**
 * The steps of opening, all on the start-up path (the window waits for them): the file and its
 * connection settings, the schema history (and any pending migration), the device id and the
 * reference-data version. None of them reads a large table; the integrity check does, and is
 * not one of them.
 */
export type OpenStep = 'open' | 'migrations' | 'reference';

function openError(file: string, err: unknown): AppError {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('INTERNAL', {
      vi: `Tệp dữ liệu ${file} bị hỏng hoặc không phải cơ sở dữ liệu của ASOEN Desk. Tệp không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất.`,
      en: `The data file ${file} is damaged or is not an ASOEN Desk database. The file has not been changed; restore it from the latest backup.`,
    }, { code });
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('INTERNAL', {
      vi: `Không mở được tệp dữ liệu ${file}: không có quyền truy cập hoặc thư mục không tồn tại.`,
      en: `The data file ${file} cannot be opened: access is denied or the folder does not exist.`,
    }, { code });
  }
  return err instanceof AppError ? err : new AppError('INTERNAL', { vi: `Không mở được tệp dữ liệu ${file}.`, en: `The data file ${file} cannot be opened.` }, { code });
}

/**
 * Opens the app's database the one safe way: local path only, pragmas set, schema history
 * checked, a backup taken before migrating, reference data seeded.
 */
export function openAppDatabase(file: string, options: BootstrapOptions): AppDatabase {
  let db: Db | undefined;
  let t = performance.now();
  const step = (name: OpenStep) => {
    const now = performance.now();
    options.onStep?.(name, now - t);
    t = now;
  };
  try {
    db = openDatabase(file, options);
    step('open');
    const migration = migrateDatabase(db, {
      migrationsFolder: options.migrationsFolder,
      backupDir: options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups'),
      ...(options.now ? { now: options.now } : {}),
    });
    step('migrations');
    const handle = db;
    const deviceId = handle.transaction(() => {
      const device = ensureDeviceId(handle);
      // Returns at once when the file already has this version's reference data.
      loadReferenceData(handle, { now: (options.now?.() ?? new Date()).toISOString(), deviceId: device });
      return device;
    }).immediate();
    step('reference');
    return { db, file, deviceId, migration };
  } catch (err) {
    db?.close();
    throw openError(file, err);
  }
}
