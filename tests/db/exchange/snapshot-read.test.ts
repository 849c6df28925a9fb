import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type * as Snapshot from '../../../db/exchange/snapshot';
import { openAppDatabase } from '../../../db/bootstrap';
import type { Db } from '../../../db/open';
import type { WriteContext } from '../../../db/repo/core/repository';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound, type ExchangeEnv } from '../../../electron/services/exchange/round';
import { realExchangeFs } from '../../../electron/services/exchange/share';
import { MIGRATIONS_DIR } from '../../helpers/paths';
import { TEST_NOW } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';

// A laptop writing a snapshot for the laptops that will join reads its whole desk (about two
// seconds at a real office's size). The officer must be able to save meanwhile: the read is a
// read transaction, and what is saved during it goes out with the next batch, not lost.

/** While a snapshot's state is read, the officer's screen (another connection) saves a change. */
const during: { save: (() => void) | null; saved: boolean; error: unknown } = { save: null, saved: false, error: null };
vi.mock('../../../db/exchange/snapshot', async (importOriginal) => {
  const actual = await importOriginal<typeof Snapshot>();
  return {
    ...actual,
    dumpSnapshot: (db: Db) => {
      if (during.save) {
        try {
          during.save();
          during.saved = true;
        } catch (err) {
          during.error = err;
        }
        during.save = null;
      }
      return actual.dumpSnapshot(db);
    },
  };
});

const T0 = Date.parse(TEST_NOW);
const root = tempDir('asoen-snapshot-read-');
let made = 0;
let tick = 0;

function laptop(name: string, share: string, extra: Partial<ExchangeEnv> = {}) {
  const file = path.join(root, `${name.replace(/\W/g, '')}-${++made}.db`);
  const opened = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
  const env: ExchangeEnv = { db: opened.db, dbFile: file, folder: share, fs: realExchangeFs, host: 'test-host', now: () => T0, deviceName: name, officerName: `Officer of ${name}`, snapshotEvery: 0, ...extra };
  return { db: opened.db, file, deviceId: opened.deviceId, name, env };
}
type Laptop = ReturnType<typeof laptop>;

const ctxOf = (l: Laptop): WriteContext => ({ now: new Date(T0 + ++tick * 1000).toISOString(), deviceId: l.deviceId, officerName: `Officer of ${l.name}`, deviceName: l.name });
const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (db: Db, l: Laptop, titleEn: string) =>
  db.transaction(() => repo.meetings.create(db, ctxOf(l), { bodyId: bodyOf(db), titleVi: `Họp ${titleEn}`, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' }))();

describe('writing a snapshot', () => {
  it('lets the officer save while the desk is read, and sends that save with the next batch', async () => {
    const share = path.join(root, 'share');
    const a = laptop('Laptop A', share);
    for (let i = 0; i < 5; i++) newMeeting(a.db, a, `Meeting ${i}`);
    await exchangeRound(a.env);

    // The screens' own connection to the same file, as the desktop app has beside its exchange worker.
    const screens = new Database(a.file) as unknown as Db;
    screens.pragma('busy_timeout = 0');
    let savedDuring: { id: string } | undefined;
    during.save = () => {
      savedDuring = newMeeting(screens, a, 'Saved during the snapshot');
    };
    const round = await exchangeRound({ ...a.env, snapshotEvery: 1 });
    expect(during.error).toBeNull();
    expect(during.saved).toBe(true);
    expect(round.snapshot).toMatch(/^snapshot-/);

    // A laptop joining from that snapshot gets the desk as it was read, then the save in A's next batch.
    const c = laptop('Laptop C', share);
    const joined = await exchangeRound(c.env);
    expect(joined.joined).toMatchObject({ replica: round.replica, file: round.snapshot });
    expect(repo.meetings.find(c.db, savedDuring!.id)).toBeUndefined();
    expect(c.db.prepare('SELECT count(*) FROM meetings WHERE deleted_at IS NULL').pluck().get()).toBe(5);
    await exchangeRound(a.env);
    await exchangeRound(c.env);
    expect(repo.meetings.find(c.db, savedDuring!.id)?.titleEn).toBe('Saved during the snapshot');
    screens.close();
  });
});
