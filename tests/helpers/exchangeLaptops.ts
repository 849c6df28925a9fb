// Laptops sharing one exchange folder, for the exchange's fault tests: each the real database code
// on its own file, made from one migrated template, with the fixed test clock.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openAppDatabase } from '../../db/bootstrap';
import type { Db } from '../../db/open';
import type { WriteContext } from '../../db/repo/core/repository';
import { realExchangeFs, type ExchangeFs } from '../../electron/services/exchange/share';
import type { ExchangeEnv } from '../../electron/services/exchange/round';
import { TEST_NOW } from './app';
import { MIGRATIONS_DIR } from './paths';
import { tempDir } from './tmp';

export interface Laptop {
  db: Db;
  file: string;
  env: ExchangeEnv;
  ctx: WriteContext;
}

export function exchangeLaptops(prefix: string) {
  const T0 = Date.parse(TEST_NOW);
  const root = tempDir(prefix);
  let template: string | undefined;
  let made = 0;
  const laptop = (name: string, share: string, options: { file?: string } = {}): Laptop => {
    if (!template) {
      template = path.join(root, 'template.db');
      const t = openAppDatabase(template, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
      t.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
      t.db.pragma('wal_checkpoint(TRUNCATE)');
      t.db.close();
    }
    const file = options.file ?? path.join(root, `${name}-${++made}.db`);
    if (!options.file) copyFileSync(template, file);
    const opened = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
    return {
      db: opened.db,
      file,
      env: { db: opened.db, dbFile: file, folder: share, fs: realExchangeFs, host: 'test-host', now: () => T0, deviceName: name, officerName: `Officer of ${name}` },
      ctx: { now: TEST_NOW, deviceId: opened.deviceId, officerName: `Officer of ${name}`, deviceName: name },
    };
  };
  return { root, laptop, shareOf: (name: string) => path.join(root, `share-${name}`) };
}

/** Every file of the share, batches gunzipped, as one text. */
export function shareText(share: string): string {
  const out: string[] = [];
  const devices = path.join(share, 'devices');
  for (const d of readdirSync(devices)) {
    for (const f of readdirSync(path.join(devices, d))) {
      const bytes = readFileSync(path.join(devices, d, f));
      out.push(f.endsWith('.asx') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8'));
    }
  }
  return out.join('\n');
}

/** The real file system, except that opening a file for writing fails with `code` while `failing()` says so (a full share, a share gone). */
export function writesFailing(code: 'ENOSPC' | 'ENOTCONN', failing: () => boolean = () => true): ExchangeFs {
  return {
    ...realExchangeFs,
    open: (p, flags, mode) => (failing() && String(flags).includes('w') ? Promise.reject(Object.assign(new Error(`${code}: injected`), { code })) : realExchangeFs.open(p, flags, mode)),
  };
}
