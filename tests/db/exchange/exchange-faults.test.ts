import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../db/bootstrap';
import { identityFileOf } from '../../../db/exchange/identity';
import { openConflicts } from '../../../db/exchange/merge';
import type { Db } from '../../../db/open';
import type { WriteContext } from '../../../db/repo/core/repository';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound, type ExchangeEnv } from '../../../electron/services/exchange/round';
import { realExchangeFs } from '../../../electron/services/exchange/share';
import { MIGRATIONS_DIR } from '../../helpers/paths';
import { TEST_NOW } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';

// The exchange's faults one by one, on two or three laptops sharing one folder: what an officer
// would notice (a record that arrives, a conflict shown, a message naming the laptop and file).

const T0 = Date.parse(TEST_NOW);
const root = tempDir('asoen-exchange-');
let template: string | undefined;
let made = 0;

interface Laptop {
  db: Db;
  file: string;
  env: ExchangeEnv;
  ctx: WriteContext;
}

function laptop(name: string, share: string, options: { skew?: number; file?: string } = {}): Laptop {
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
  const now = () => T0 + (options.skew ?? 0);
  return {
    db: opened.db,
    file,
    env: { db: opened.db, dbFile: file, folder: share, fs: realExchangeFs, host: 'test-host', now, deviceName: name, officerName: `Officer of ${name}` },
    ctx: { now: new Date(now()).toISOString(), deviceId: opened.deviceId, officerName: `Officer of ${name}`, deviceName: name },
  };
}

const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (l: Laptop, values: Record<string, unknown> = {}) =>
  l.db.transaction(() => repo.meetings.create(l.db, l.ctx, { bodyId: bodyOf(l.db), titleVi: 'Họp ASOEN', titleEn: 'ASOEN meeting', startDate: '2027-01-10', endDate: '2027-01-12', ...values }))();
const edit = (l: Laptop, id: string, changes: Record<string, unknown>) =>
  l.db.transaction(() => repo.meetings.update(l.db, l.ctx, { id, version: repo.meetings.get(l.db, id).version, changes }))();

function shareOf(name: string): string {
  return path.join(root, `share-${name}`);
}

function batchFiles(share: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(path.join(share, 'devices'))) for (const f of readdirSync(path.join(share, 'devices', d))) if (f.endsWith('.asx')) out.push(path.join(share, 'devices', d, f));
  return out;
}

describe('the exchange between laptops', () => {
  it('carries a record made on one laptop to the other, with its officer and laptop in History', async () => {
    const share = shareOf('carry');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a, { titleEn: 'ASOEN 37' });
    expect((await exchangeRound(a.env)).published).toBe(1);
    const report = await exchangeRound(b.env);
    expect(report.problems).toEqual([]);
    expect(repo.meetings.get(b.db, m.id).titleEn).toBe('ASOEN 37');
    const logged = b.db.prepare(`SELECT origin, officer_name, device_name FROM change_log WHERE entity_id = ?`).get(m.id);
    expect(logged).toEqual({ origin: 'remote', officer_name: 'Officer of Laptop A', device_name: 'Laptop A' });
    // Found by the search on the other laptop too.
    expect(b.db.prepare(`SELECT title FROM search_docs WHERE entity_id = ?`).pluck().get(m.id)).toBeTruthy();
  });

  it('shows the same field edited on two laptops as one conflict on both, and a resolution closes it on both', async () => {
    const share = shareOf('conflict');
    const a = laptop('Laptop A', share, { skew: 365 * 86_400_000 }); // a year ahead: shown first, decides nothing
    const b = laptop('Laptop B', share);
    const m = newMeeting(a);
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    edit(a, m.id, { city: 'Hà Nội' });
    edit(b, m.id, { city: 'Huế' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    for (const l of [a, b]) {
      expect(openConflicts(l.db).map((c) => c.key)).toEqual([`field:${m.id}:city`]);
      const values = l.db.prepare('SELECT value FROM exchange_heads WHERE entity_id = ? AND register = ? ORDER BY hlc').pluck().all(m.id, 'city');
      expect(values.sort()).toEqual(['"Huế"', '"Hà Nội"']);
    }
    expect(repo.meetings.get(a.db, m.id).city).toBe(repo.meetings.get(b.db, m.id).city);
    edit(b, m.id, { city: 'Đà Nẵng' });
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    for (const l of [a, b]) {
      expect(openConflicts(l.db)).toEqual([]);
      expect(repo.meetings.get(l.db, m.id).city).toBe('Đà Nẵng');
    }
  });

  it('raises "deleted while edited" when a record is deleted on one laptop and edited on another', async () => {
    const share = shareOf('delete');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a);
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    a.db.transaction(() => repo.meetings.remove(a.db, a.ctx, { id: m.id, version: repo.meetings.get(a.db, m.id).version }))();
    edit(b, m.id, { notes: 'Đã gửi công hàm' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    for (const l of [a, b]) {
      expect(openConflicts(l.db).map((c) => c.kind)).toEqual(['deleted_edited']);
      const row = repo.meetings.get(l.db, m.id, { includeDeleted: true });
      expect(row.deletedAt).not.toBeNull();
      expect(row.notes).toBe('Đã gửi công hàm'); // the edit is kept, not dropped
    }
  });

  it('flags the same meeting number created on two laptops as a duplicate on both', async () => {
    const share = shareOf('duplicate');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    newMeeting(a, { sequence: 37 });
    newMeeting(b, { sequence: 37 });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(a.env);
    for (const l of [a, b]) expect(openConflicts(l.db).map((c) => c.kind)).toEqual(['duplicate']);
  });

  it('never writes a classified delegation, its text or its members to the share', async () => {
    const share = shareOf('classified');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a);
    const person = a.db.transaction(() => repo.people.create(a.db, a.ctx, { fullName: 'Trần Thị Mai' }))();
    const d = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: m.id, classification: 'secret', objectives: 'SENTINEL lập trường đàm phán' }))();
    a.db.transaction(() => repo.delegationMembers.create(a.db, a.ctx, { delegationId: d.id, personId: person.id, position: 'SENTINEL chức vụ' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(batchFiles(share).length).toBeGreaterThan(0);
    for (const f of batchFiles(share)) expect(gunzipSync(readFileSync(f)).toString('utf8')).not.toContain('SENTINEL');
    expect(repo.meetings.find(b.db, m.id)).toBeTruthy();
    expect(repo.people.find(b.db, person.id)).toBeTruthy();
    expect(b.db.prepare('SELECT count(*) FROM delegations').pluck().get()).toBe(0);
    expect(b.db.prepare('SELECT count(*) FROM delegation_members').pluck().get()).toBe(0);
  });

  it('skips a truncated or bit-flipped file with a message naming the laptop and the file, applies nothing of it, and takes it once repaired', async () => {
    const share = shareOf('damaged');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    await exchangeRound(b.env); // B is known, so A knows someone still has to read its batches
    const m = newMeeting(a, { titleEn: 'ASOEN 38' });
    await exchangeRound(a.env);
    const [file] = batchFiles(share);
    const good = readFileSync(file!);
    writeFileSync(file!, good.subarray(0, good.length - 7));
    const report = await exchangeRound(b.env);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.messages.vi).toContain('Laptop A');
    expect(report.problems[0]!.messages.vi).toContain('b-000000001.asx');
    expect(report.problems[0]!.messages.en).toMatch(/Laptop A.*damaged/);
    expect(repo.meetings.find(b.db, m.id)).toBeUndefined();
    // A bit flipped instead: the same.
    const flipped = Buffer.from(good);
    flipped[20] = flipped[20]! ^ 1;
    writeFileSync(file!, flipped);
    expect((await exchangeRound(b.env)).problems.map((p) => p.kind)).toEqual(['damaged']);
    // The owner finds its own file damaged while B has still to read it, and writes it again.
    expect((await exchangeRound(a.env)).repaired).toBe(1);
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.meetings.get(b.db, m.id).titleEn).toBe('ASOEN 38');
  });

  it('skips a file of another exchange folder put into a laptop\'s folder', async () => {
    const share = shareOf('foreign');
    const other = shareOf('foreign-other');
    const a = laptop('Laptop A', share);
    const a2 = laptop('Laptop A', other);
    const b = laptop('Laptop B', share);
    newMeeting(a);
    newMeeting(a2);
    await exchangeRound(a.env);
    await exchangeRound(a2.env);
    // The other exchange's batch copied over A's first batch (same name, a plausible mistake).
    const mine = batchFiles(share)[0]!;
    writeFileSync(mine, readFileSync(batchFiles(other)[0]!));
    const report = await exchangeRound(b.env);
    expect(report.problems.map((p) => p.kind)).toEqual(['damaged']); // its SHA-256 is not the one A's head lists
    expect(b.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);
  });

  it('recovers a laptop killed between writing its batch and its head, and after its head', async () => {
    const share = shareOf('killed');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m1 = newMeeting(a, { titleEn: 'first' });
    await expect(exchangeRound(a.env, { afterBatchFile: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    expect((await exchangeRound(b.env)).linesApplied).toBe(0); // a batch without a head is nothing yet
    const m2 = newMeeting(a, { titleEn: 'second' });
    await expect(exchangeRound(a.env, { afterHead: () => { throw new Error('killed'); } })).rejects.toThrow('killed');
    const m3 = newMeeting(a, { titleEn: 'third' });
    const again = await exchangeRound(a.env);
    expect(again.renewed).toBe('adopted'); // its own head, published but not recorded: taken as published
    await exchangeRound(b.env);
    for (const m of [m1, m2, m3]) expect(repo.meetings.get(b.db, m.id).titleEn).toBe(m.titleEn);
  });

  it('takes nothing in while this laptop\'s own disk is full, says so naming the file and laptop, and takes it all once there is room', async () => {
    const share = shareOf('local-full');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const made = a.db.transaction(() => Array.from({ length: 120 }, (_, i) => repo.meetings.create(a.db, a.ctx, { bodyId: bodyOf(a.db), titleVi: `Họp ${i}`, titleEn: `Meeting ${i}`, startDate: '2027-01-10', endDate: '2027-01-12', notes: 'Ghi chú dài '.repeat(200) })))();
    await exchangeRound(a.env);
    // B's disk has room for a few pages only.
    const pages = b.db.pragma('page_count', { simple: true }) as number;
    b.db.pragma(`max_page_count = ${pages + 8}`);
    const countOf = () => b.db.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
    const before = countOf();
    const report = await exchangeRound(b.env);
    expect(report.batchesApplied).toBe(0);
    expect(countOf()).toBe(before); // nothing half taken in
    const [p] = report.problems;
    expect(p).toMatchObject({ kind: 'apply', laptop: 'Laptop A', file: 'b-000000001.asx' });
    expect(p!.messages.vi).toBe('Ổ đĩa của máy này đã đầy: chưa nhận được các thay đổi trong tệp b-000000001.asx của máy Laptop A. Không có gì bị ghi dở; hãy giải phóng chỗ trống, việc trao đổi sẽ tự thử lại.');
    expect(p!.messages.en).toBe("This computer's disk is full: the changes in b-000000001.asx from laptop Laptop A were not taken in. Nothing was half-written; free some space and the exchange will try again.");
    // Room again: everything arrives, once.
    b.db.pragma('max_page_count = 1073741823');
    const again = await exchangeRound(b.env);
    expect(again.problems).toEqual([]);
    expect(countOf()).toBe(before + made.length);
  });

  it('gives a database copied to another laptop a replica of its own, so it never publishes under the first one\'s name', async () => {
    const share = shareOf('copied');
    const a = laptop('Laptop A', share);
    newMeeting(a);
    await exchangeRound(a.env);
    a.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = path.join(root, 'copied.db');
    copyFileSync(a.file, copy);
    copyFileSync(identityFileOf(a.file), identityFileOf(copy)); // even with its identity file beside it
    const c = laptop('Laptop C', share, { file: copy });
    const report = await exchangeRound(c.env);
    expect(report.renewed).toBe('copied');
    expect(report.replica).not.toBe((await exchangeRound(a.env)).replica);
  });

  it('holds the changes of a laptop that runs a newer version, saying so, and takes them after the update', async () => {
    const share = shareOf('newer');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a);
    await exchangeRound({ ...a.env, minSchema: 99 });
    const held = await exchangeRound(b.env);
    expect(held.problems.map((p) => p.kind)).toEqual(['newer']);
    expect(held.problems[0]!.messages.vi).toContain('phiên bản mới hơn');
    expect(repo.meetings.find(b.db, m.id)).toBeUndefined();
    const updated = await exchangeRound({ ...b.env, schema: 99 });
    expect(updated.problems).toEqual([]);
    expect(repo.meetings.find(b.db, m.id)).toBeTruthy();
  });
});
