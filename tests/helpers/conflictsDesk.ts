// A desk with real conflicts in its inbox, made before the browser mode starts on it: the sample
// desk on laptop A, a copy of it as laptop B (both joining the exchange with that history already
// shared), then each laptop edits the same things differently, deletes what the other edits, and
// enters the same person, and they exchange through a temporary shared folder. The browser mode
// then opens laptop A's database (`--data <dir>`), as an officer would find it after the exchange.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openAppDatabase } from '../../db/bootstrap';
import { skipLocalHistory } from '../../db/exchange/outbox';
import type { Db } from '../../db/open';
import { DATABASE_FILE } from '../../db/paths';
import { setMeta } from '../../db/repo/core/meta';
import type { WriteContext } from '../../db/repo/core/repository';
import { repositories as repo } from '../../db/repo/repositories';
import { loadSampleData } from '../../db/seed/load';
import { LAPTOP_NAME_SETTING, OFFICER_NAME_SETTING } from '../../electron/handlers/context';
import { exchangeRound } from '../../electron/services/exchange/round';
import { realExchangeFs } from '../../electron/services/exchange/share';

// (Not tests/helpers/paths: this module also runs under tsx as a script, where __dirname is not defined.)
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

export interface ConflictsDesk {
  /** The meeting whose city the two laptops changed differently. */
  meetingId: string;
  meetingTitleVi: string;
}

interface Laptop {
  db: Db;
  file: string;
  ctx: WriteContext;
  name: string;
  officer: string;
}

/** Fills `dataDir` (empty) with laptop A's database after an exchange with laptop B; `now` is the moment of every write. */
export async function makeConflictsDesk(dataDir: string, now: string): Promise<ConflictsDesk> {
  const work = mkdtempSync(path.join(tmpdir(), 'asoen-conflicts-'));
  try {
    const fileA = path.join(dataDir, DATABASE_FILE);
    const clock = () => new Date(now);
    const a0 = openAppDatabase(fileA, { migrationsFolder: MIGRATIONS_DIR, now: clock });
    a0.db.transaction(() => loadSampleData(a0.db, { now, deviceId: a0.deviceId }))();
    // The sample's records stand in for an office's own: the desk no longer says it holds the
    // sample (a desk holding the training sample refuses to exchange, round.ts).
    a0.db.prepare(`DELETE FROM app_meta WHERE key = 'sample_version'`).run();
    a0.db.pragma('wal_checkpoint(TRUNCATE)');
    a0.db.close();
    const fileB = path.join(work, 'b.sqlite');
    copyFileSync(fileA, fileB);

    const open = (file: string, name: string, officer: string): Laptop => {
      const o = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR, now: clock });
      if (file === fileB) {
        // Laptop B is a laptop of its own: its own device id.
        o.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
      }
      setMeta(o.db, OFFICER_NAME_SETTING, officer);
      setMeta(o.db, LAPTOP_NAME_SETTING, name);
      skipLocalHistory(o.db);
      return { db: o.db, file, name, officer, ctx: { now, deviceId: o.deviceId, officerName: officer, deviceName: name } };
    };
    const a = open(fileA, 'VP-01', 'Nguyễn Thu Hà');
    const b = open(fileB, 'Laptop Hội nghị', 'Trần Minh Đức');
    const share = path.join(work, 'share');
    const round = (l: Laptop) =>
      exchangeRound({ db: l.db, dbFile: l.file, folder: share, fs: realExchangeFs, host: 'e2e-host', now: () => Date.parse(now), deviceName: l.name, officerName: l.officer });
    await round(a);
    await round(b);

    const meeting = a.db.prepare(`SELECT id, title_vi AS titleVi FROM meetings WHERE deleted_at IS NULL AND city IS NOT NULL ORDER BY start_date DESC LIMIT 1`).get() as { id: string; titleVi: string };
    const other = a.db.prepare(`SELECT id FROM meetings WHERE deleted_at IS NULL AND id <> ? AND id NOT IN (SELECT meeting_id FROM delegations WHERE deleted_at IS NULL) AND id NOT IN (SELECT parent_id FROM meetings WHERE parent_id IS NOT NULL) AND id NOT IN (SELECT source_meeting_id FROM action_items WHERE source_meeting_id IS NOT NULL) ORDER BY start_date DESC LIMIT 1`).get(meeting.id) as { id: string };
    const update = (l: Laptop, id: string, changes: Record<string, unknown>) =>
      l.db.transaction(() => repo.meetings.update(l.db, l.ctx, { id, version: repo.meetings.get(l.db, id).version, changes }))();
    // The same fields changed differently on each laptop.
    update(a, meeting.id, { city: 'Hà Nội', startDate: '2027-03-10', endDate: '2027-03-12' });
    update(b, meeting.id, { city: 'Đà Nẵng', startDate: '2027-03-17', endDate: '2027-03-19' });
    // Deleted on A while B adds a note.
    a.db.transaction(() => repo.meetings.remove(a.db, a.ctx, { id: other.id, version: repo.meetings.get(a.db, other.id).version }))();
    update(b, other.id, { notes: 'Đã gửi công hàm xác nhận tham dự' });
    // The same person entered on both laptops.
    a.db.transaction(() => repo.people.create(a.db, a.ctx, { fullName: 'Lê Văn Phúc', email: 'lvphuc@monre.gov.vn', position: 'Chuyên viên' }))();
    b.db.transaction(() => repo.people.create(b.db, b.ctx, { fullName: 'Le Van Phuc', email: 'LVPhuc@monre.gov.vn', phone: '024 3795 6868' }))();

    await round(a);
    await round(b);
    await round(a);
    for (const l of [a, b]) {
      l.db.pragma('wal_checkpoint(TRUNCATE)');
      l.db.close();
    }
    return { meetingId: meeting.id, meetingTitleVi: meeting.titleVi };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
