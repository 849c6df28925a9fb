import { copyFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../db/bootstrap';
import { openConflicts } from '../../../db/exchange/merge';
import type { Db } from '../../../db/open';
import type { WriteContext } from '../../../db/repo/core/repository';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound, type ExchangeEnv } from '../../../electron/services/exchange/round';
import { decodePack, realExchangeFs, sha256, type HeadFile } from '../../../electron/services/exchange/share';
import { MIGRATIONS_DIR } from '../../helpers/paths';
import { TEST_NOW } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';

// Packs and snapshots: what an officer would notice is that a new laptop gets the same desk
// whether it starts from a snapshot or from every change ever published, that a damaged or newer
// file is named and held (never half-applied), and that packing loses nothing a laptop still has to read.

const T0 = Date.parse(TEST_NOW);
const root = tempDir('asoen-exchange-packs-');
let template: string | undefined;
let made = 0;
let tick = 0;

interface Laptop {
  db: Db;
  file: string;
  env: ExchangeEnv;
  deviceId: string;
  name: string;
}

function laptop(name: string, share: string, extra: Partial<ExchangeEnv> = {}): Laptop {
  if (!template) {
    template = path.join(root, 'template.db');
    const t = openAppDatabase(template, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
    t.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    t.db.close();
  }
  const file = path.join(root, `${name.replace(/\W/g, '')}-${++made}.db`);
  copyFileSync(template, file);
  const opened = openAppDatabase(file, { migrationsFolder: MIGRATIONS_DIR, now: () => new Date(T0) });
  return {
    db: opened.db,
    file,
    deviceId: opened.deviceId,
    name,
    env: { db: opened.db, dbFile: file, folder: share, fs: realExchangeFs, host: 'test-host', now: () => T0, deviceName: name, officerName: `Officer of ${name}`, packAt: 2, snapshotEvery: 0, ...extra },
  };
}

const ctxOf = (l: Laptop): WriteContext => ({ now: new Date(T0 + ++tick * 1000).toISOString(), deviceId: l.deviceId, officerName: `Officer of ${l.name}`, deviceName: l.name });
const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (l: Laptop, titleEn: string) =>
  l.db.transaction(() => repo.meetings.create(l.db, ctxOf(l), { bodyId: bodyOf(l.db), titleVi: `Họp ${titleEn}`, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' }))();
const edit = (l: Laptop, id: string, changes: Record<string, unknown>) =>
  l.db.transaction(() => repo.meetings.update(l.db, ctxOf(l), { id, version: repo.meetings.get(l.db, id).version, changes }))();
const remove = (l: Laptop, id: string) => l.db.transaction(() => repo.meetings.remove(l.db, ctxOf(l), { id, version: repo.meetings.get(l.db, id).version }))();
const headOf = (share: string, l: Laptop, replica: string) => JSON.parse(readFileSync(path.join(share, 'devices', replica, 'head.json'), 'utf8')) as HeadFile & { l?: Laptop };
const filesOf = (share: string, replica: string) => readdirSync(path.join(share, 'devices', replica)).sort();

/** What two desks must share: the exchanged records (their version counts local writes), the merge state, the inbox, the search. */
function stateOf(db: Db) {
  const records = Object.values(repo).flatMap((r) =>
    (db.prepare(`SELECT * FROM "${r.tableName}" ORDER BY id`).all() as Array<Record<string, unknown>>).map(({ version: _v, ...rest }) => rest),
  );
  return {
    records,
    heads: db.prepare('SELECT entity_id, register, hlc, value, replica, officer_name, device_name FROM exchange_heads ORDER BY 1, 2, 3').all(),
    conflicts: openConflicts(db),
    search: db.prepare('SELECT entity, entity_id, title, subtitle, folded FROM search_docs ORDER BY entity_id').all(),
  };
}

/** Rewrites a gzip JSON-lines file of the share with its first line changed, and its owner's head with the new SHA-256. */
function rewriteFirstLine(share: string, replica: string, file: string, change: (header: Record<string, unknown>) => void): void {
  const full = path.join(share, 'devices', replica, file);
  const rows = gunzipSync(readFileSync(full)).toString('utf8').split('\n');
  const header = JSON.parse(rows[0]!) as Record<string, unknown>;
  change(header);
  rows[0] = JSON.stringify(header);
  // The trailer's checksum made again, so only the format is wrong.
  rows.pop();
  const trailer = JSON.parse(rows.pop()!) as { count: number; sha256: string };
  const body = rows.join('\n');
  trailer.sha256 = file.startsWith('pack-') ? sha256(`${body}\n`) : sha256(body);
  const bytes = gzipSync(Buffer.from(`${body}\n${JSON.stringify(trailer)}\n`));
  writeFileSync(full, bytes);
  const headFile = path.join(share, 'devices', replica, 'head.json');
  const head = JSON.parse(readFileSync(headFile, 'utf8')) as HeadFile;
  for (const p of head.packs ?? []) if (p.file === file) Object.assign(p, { sha256: sha256(bytes), bytes: bytes.length });
  if (head.snapshot?.file === file) Object.assign(head.snapshot, { sha256: sha256(bytes), bytes: bytes.length });
  writeFileSync(headFile, JSON.stringify(head));
}

/** Two laptops that edited, deleted and conflicted over several rounds (so A's batches are packed). */
async function busyOffice(share: string) {
  const a = laptop('Laptop A', share);
  const b = laptop('Laptop B', share);
  const m1 = newMeeting(a, 'ASOEN 35');
  const m2 = newMeeting(a, 'ASOEN 36');
  await exchangeRound(a.env);
  await exchangeRound(b.env);
  edit(a, m1.id, { city: 'Hà Nội' });
  edit(b, m1.id, { city: 'Huế' }); // a conflict
  const m3 = newMeeting(b, 'AWGNCB 20');
  await exchangeRound(a.env);
  await exchangeRound(b.env);
  remove(a, m2.id);
  edit(b, m2.id, { notes: 'đã gửi giấy mời' }); // deleted while edited
  const m4 = newMeeting(a, 'AWGCC 15');
  await exchangeRound(a.env);
  await exchangeRound(b.env);
  await exchangeRound(a.env);
  return { a, b, ids: [m1.id, m2.id, m3.id, m4.id] };
}

describe('packs and snapshots of the exchange', () => {
  it('gives a laptop joining from a snapshot the same desk as one that applied the whole history, then the changes after it', async () => {
    const share = path.join(root, 'share-join');
    const { a, b, ids } = await busyOffice(share);
    expect(headOf(share, a, (await exchangeRound(a.env)).replica).packs?.length).toBeGreaterThan(0);
    const fromHistory = laptop('History joiner', share);
    const h = await exchangeRound(fromHistory.env);
    expect(h.joined).toBeUndefined();
    const written = await exchangeRound({ ...a.env, snapshotEvery: 1 });
    expect(written.snapshot).toMatch(/^snapshot-/);
    const fromSnapshot = laptop('Snapshot joiner', share);
    const s = await exchangeRound(fromSnapshot.env);
    expect(s.problems).toEqual([]);
    expect(s.joined).toMatchObject({ replica: written.replica, file: written.snapshot });
    expect(stateOf(fromSnapshot.db)).toEqual(stateOf(fromHistory.db));
    expect(openConflicts(fromSnapshot.db).map((c) => c.kind).sort()).toEqual(['deleted_edited', 'field']);
    // The changes after the snapshot follow it, on the chain it left off.
    edit(b, ids[2]!, { titleEn: 'AWGNCB 21' });
    await exchangeRound(b.env);
    const after = await exchangeRound(fromSnapshot.env);
    expect(after.problems).toEqual([]);
    expect(repo.meetings.get(fromSnapshot.db, ids[2]!).titleEn).toBe('AWGNCB 21');
    // The search finds what came in the snapshot.
    expect(fromSnapshot.db.prepare('SELECT title FROM search_docs WHERE entity_id = ?').pluck().get(ids[3]!)).toBe('Họp AWGCC 15');
  });

  it('refuses a damaged snapshot with a message naming the laptop and the file, and takes the batches instead', async () => {
    const share = path.join(root, 'share-damaged-snapshot');
    const { a, ids } = await busyOffice(share);
    const written = await exchangeRound({ ...a.env, snapshotEvery: 1 });
    const file = path.join(share, 'devices', written.replica, written.snapshot!);
    const bytes = readFileSync(file);
    bytes[30] = bytes[30]! ^ 1;
    writeFileSync(file, bytes);
    const j = laptop('Joiner', share);
    const report = await exchangeRound(j.env);
    expect(report.joined).toBeUndefined();
    expect(report.problems.map((p) => p.kind)).toEqual(['damaged']);
    expect(report.problems[0]!.messages.vi).toContain(written.snapshot!);
    expect(report.problems[0]!.messages.vi).toContain('Laptop A');
    expect(report.problems[0]!.messages.en).toMatch(/damaged/);
    for (const id of ids) expect(j.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(id)).toBeTruthy();
  });

  it('holds a snapshot or a pack of a newer format with "update this laptop", applying nothing of it', async () => {
    const share = path.join(root, 'share-newer');
    const { a, ids } = await busyOffice(share);
    const written = await exchangeRound({ ...a.env, snapshotEvery: 1 });
    rewriteFirstLine(share, written.replica, written.snapshot!, (h) => (h.format = 'asoen-exchange-snapshot/3'));
    const pack = headOf(share, a, written.replica).packs![0]!;
    rewriteFirstLine(share, written.replica, pack.file, (h) => (h.format = 'asoen-exchange-pack/3'));
    const j = laptop('Joiner', share);
    const report = await exchangeRound(j.env);
    expect(report.joined).toBeUndefined();
    expect(report.problems.map((p) => [p.kind, p.file])).toEqual([
      ['newer', written.snapshot],
      ['newer', pack.file],
    ]);
    expect(report.problems[1]!.messages.vi).toContain('phiên bản mới hơn');
    expect(report.problems[1]!.messages.en).toContain('update this laptop');
    // Nothing of Laptop A's was applied (its first batches are in that pack).
    expect(j.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(ids[0]!)).toBeUndefined();
  });

  it('reports a damaged pack, applies nothing of it, and its owner writes it again', async () => {
    const share = path.join(root, 'share-damaged-pack');
    const { a, ids } = await busyOffice(share);
    const replica = (await exchangeRound(a.env)).replica;
    const pack = headOf(share, a, replica).packs![0]!;
    const file = path.join(share, 'devices', replica, pack.file);
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, good.length - 9));
    // Laptop D, with a meeting of its own, reads the share: the pack is named as damaged, nothing of it taken.
    const d = laptop('Laptop D', share);
    newMeeting(d, 'ASOMM 19');
    const report = await exchangeRound(d.env);
    expect(report.problems.map((p) => [p.kind, p.file])).toEqual([['damaged', pack.file]]);
    expect(report.problems[0]!.messages.en).toContain('Laptop A');
    expect(d.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(ids[0]!)).toBeUndefined();
    // A sees in D's head that D has still to read it, and writes it again, the same bytes.
    expect((await exchangeRound(a.env)).repaired).toBeGreaterThanOrEqual(1);
    expect(readFileSync(file)).toEqual(good);
    expect((await exchangeRound(d.env)).problems).toEqual([]);
    for (const id of ids) expect(d.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(id)).toBeTruthy();
  });

  it('rewrites a damaged pack that every laptop had read, so that a laptop joining later (reading only) gets every change in it', async () => {
    const share = path.join(root, 'share-damaged-read-pack');
    const { a, b, ids } = await busyOffice(share);
    const replica = (await exchangeRound(a.env)).replica;
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    // Every laptop on the share has read all of A's batches; then A's pack is cut short on the share.
    const pack = headOf(share, a, replica).packs![0]!;
    expect(headOf(share, b, (await exchangeRound(b.env)).replica).applied[replica]).toBeGreaterThanOrEqual(pack.to);
    const file = path.join(share, 'devices', replica, pack.file);
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, good.length - 9));
    // A newcomer with nothing of its own to publish: it names the damaged pack and takes nothing of it.
    const c = laptop('Laptop C', share);
    const first = await exchangeRound(c.env);
    expect(first.problems.map((p) => [p.kind, p.file])).toEqual([['damaged', pack.file]]);
    expect(c.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(ids[0]!)).toBeUndefined();
    // Within the hour A checks its own files, finds the pack damaged and writes it again, the same bytes.
    expect((await exchangeRound({ ...a.env, now: () => T0 + 3600_000 })).repaired).toBe(1);
    expect(readFileSync(file)).toEqual(good);
    const second = await exchangeRound(c.env);
    expect(second.problems).toEqual([]);
    for (const id of ids) expect(c.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(id)).toBeTruthy();
    const meetings = (db: Db) => db.prepare('SELECT id, title_en, city, notes, deleted_at FROM meetings ORDER BY id').all();
    expect(meetings(c.db)).toEqual(meetings(b.db));
    expect(openConflicts(c.db)).toEqual(openConflicts(b.db));
    // Nothing else is read of A's folder in its rounds between two checks.
    expect((await exchangeRound({ ...a.env, now: () => T0 + 3600_000 + 60_000 })).repaired).toBe(0);
  });

  it('keeps listing every batch when an old copy of its head from before a pack is put back on the share', async () => {
    const share = path.join(root, 'share-stale-head-after-pack');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const made = [newMeeting(a, 'ASOEN 1').id];
    const replica = (await exchangeRound(a.env)).replica;
    const headOne = readFileSync(path.join(share, 'devices', replica, 'head.json'));
    made.push(newMeeting(a, 'ASOEN 2').id);
    expect((await exchangeRound(a.env)).published).toBe(2);
    // Batch 2 stays loose in the round that published it; the next round packs both.
    expect((await exchangeRound(a.env)).packed).toBe(2);
    // B publishes; A takes it in (nothing new of its own: only what it has read changes in its head).
    newMeeting(b, 'AWGCC 1');
    await exchangeRound(b.env);
    expect((await exchangeRound(a.env)).batchesApplied).toBe(1);
    // A sync tool or a restore of the share puts A's head of batch 1 back (it lists b-000000001.asx, gone into the pack).
    writeFileSync(path.join(share, 'devices', replica, 'head.json'), headOne);
    made.push(newMeeting(a, 'ASOEN 3').id);
    expect((await exchangeRound(a.env)).published).toBe(3);
    await exchangeRound(a.env);
    // A laptop joining now reads A's three batches, none missing.
    const c = laptop('Laptop C', share);
    const report = await exchangeRound(c.env);
    expect(report.problems).toEqual([]);
    for (const id of made) expect(repo.meetings.find(c.db, id)).toBeTruthy();
  });

  it('keeps a pack of one-change batches small: each batch keeps only its own checksum, the two others are made again when it is read', async () => {
    const share = path.join(root, 'share-small-pack');
    const a = laptop('Laptop A', share, { packAt: 24 });
    const m = newMeeting(a, 'ASOEN 35');
    await exchangeRound(a.env);
    for (let i = 1; i < 24; i++) {
      edit(a, m.id, { city: `Thành phố ${i}` });
      await exchangeRound(a.env);
    }
    const replica = (await exchangeRound(a.env)).replica;
    const pack = headOf(share, a, replica).packs![0]!;
    expect(pack).toMatchObject({ from: 1, to: 24 });
    // The batches' own texts, gzipped one after the other as a pack of /1 held them: the pack is well under half of it.
    const exchangeId = headOf(share, a, replica).exchangeId;
    const batches = decodePack(readFileSync(path.join(share, 'devices', replica, pack.file)), { exchangeId, replica, sha256: pack.sha256, from: 1, to: 24, schema: 99 }, { laptop: 'A', file: pack.file });
    expect(batches.every((b) => /"prev":"[0-9a-f]{64}"|"prev":""/.test(b.text) && /\{"count":1,"sha256":"[0-9a-f]{64}"\}\n$/.test(b.text))).toBe(true);
    // The same batches as a pack of /1 held them (every batch's text whole): the pack is under 70 % of it.
    const index = batches.map((b) => ({ seq: b.header.seq, sha256: b.sha256, rows: b.text.split('\n').length - 1 }));
    const body = `${JSON.stringify({ format: 'asoen-exchange-pack/1', exchangeId, replica, from: 1, to: 24, batches: index })}\n${batches.map((b) => b.text).join('')}`;
    const v1 = gzipSync(`${body}${JSON.stringify({ count: 24, sha256: sha256(body) })}\n`, { level: 9 }).length;
    expect(pack.bytes).toBeLessThan(0.7 * v1);
    // A laptop reads every batch of it, on the chain.
    const b = laptop('Laptop B', share);
    const report = await exchangeRound(b.env);
    expect(report).toMatchObject({ problems: [], batchesApplied: 24 });
    expect(repo.meetings.get(b.db, m.id).city).toBe('Thành phố 23');
  });

  it('leaves the batches it just published loose: a laptop one round behind reads only small new files, never a pack rewritten for one batch', async () => {
    const share = path.join(root, 'share-pack-leaves-new');
    const a = laptop('Laptop A', share, { packAt: 3 });
    // B's reads of the share, by file name.
    const opened: string[] = [];
    const b = laptop('Laptop B', share, { fs: { ...realExchangeFs, readFile: (p) => (opened.push(path.basename(p)), realExchangeFs.readFile(p)) } });
    const made: string[] = [];
    let replica = '';
    let packedRounds = 0;
    for (let n = 1; n <= 10; n++) {
      made.push(newMeeting(a, `M${n}`).id);
      const r = await exchangeRound(a.env);
      replica = r.replica;
      if (r.packed) {
        packedRounds++;
        // The batch of this round is not in the pack written in it.
        const head = headOf(share, a, replica);
        expect(head.batches.map((x) => x.seq)).toEqual([n]);
        expect(head.packs![head.packs!.length - 1]!.to).toBe(n - 1);
      }
      opened.length = 0;
      const got = await exchangeRound(b.env);
      expect(got).toMatchObject({ problems: [], batchesApplied: 1 });
      // Besides the small JSON files, B opened the one new batch of A, as a loose file.
      expect(opened.filter((f) => f.endsWith('.asx'))).toEqual([`b-${String(n).padStart(9, '0')}.asx`]);
    }
    expect(packedRounds).toBeGreaterThanOrEqual(2);
    // The share stays small: A's loose batches are those of one round beyond the packing threshold at most.
    expect(filesOf(share, replica).filter((f) => f.startsWith('b-')).length).toBeLessThanOrEqual(3 + 1);
    for (const id of made) expect(repo.meetings.find(b.db, id)).toBeTruthy();
  });

  it('removes what a round killed while packing left in its own folder, once an hour older than its head, and never a file of another laptop', async () => {
    const share = path.join(root, 'share-stray');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const made: string[] = [];
    for (const n of [1, 2, 3]) {
      made.push(newMeeting(a, `M${n}`).id);
      await exchangeRound(a.env);
    }
    const replica = (await exchangeRound(a.env)).replica;
    expect(headOf(share, a, replica).packs).toEqual([expect.objectContaining({ from: 1, to: 2 })]);
    await exchangeRound(b.env);
    const bReplica = (await exchangeRound(b.env)).replica;
    const dir = path.join(share, 'devices', replica);
    const listed = filesOf(share, replica);
    // What rounds killed while packing leave: a pack written before its head was (A's later rounds
    // wrote other heads), and a loose batch a pack had taken in, not yet removed.
    writeFileSync(path.join(dir, 'pack-000000003-000000004.asx'), readFileSync(path.join(dir, 'b-000000003.asx')));
    writeFileSync(path.join(dir, 'b-000000001.asx'), readFileSync(path.join(dir, 'b-000000003.asx')));
    // A batch of a publish cut short a moment ago, and a file that is not of the exchange.
    writeFileSync(path.join(dir, 'b-000000004.asx'), 'x');
    writeFileSync(path.join(dir, 'notes.txt'), 'ghi chú');
    // In B's folder, a file that would be stray in B's: A never touches it.
    writeFileSync(path.join(share, 'devices', bReplica, 'pack-000000001-000000009.asx'), 'x');
    const headAt = statSync(path.join(dir, 'head.json')).mtimeMs;
    const twoHoursBefore = (headAt - 2 * 3600_000) / 1000;
    for (const f of ['pack-000000003-000000004.asx', 'b-000000001.asx']) utimesSync(path.join(dir, f), twoHoursBefore, twoHoursBefore);
    utimesSync(path.join(share, 'devices', bReplica, 'pack-000000001-000000009.asx'), twoHoursBefore, twoHoursBefore);
    // Between two hourly checks nothing is looked at.
    expect((await exchangeRound(a.env)).strayRemoved).toBeUndefined();
    const r = await exchangeRound({ ...a.env, now: () => T0 + 3600_000 });
    expect(r.strayRemoved).toBe(2);
    expect(filesOf(share, replica)).toEqual([...listed, 'b-000000004.asx', 'notes.txt'].sort());
    expect(filesOf(share, bReplica)).toContain('pack-000000001-000000009.asx');
    // Nothing a reader needs went: a laptop joining reads every batch of A.
    const c = laptop('Laptop C', share);
    expect((await exchangeRound(c.env)).problems).toEqual([]);
    for (const id of made) expect(repo.meetings.find(c.db, id)).toBeTruthy();
  });

  it('packs a laptop\'s batches without losing one a laptop has not read: that laptop goes on from inside the pack', async () => {
    const share = path.join(root, 'share-pack-midway');
    const a = laptop('Laptop A', share, { packAt: 4 });
    const b = laptop('Laptop B', share);
    const made: string[] = [];
    made.push(newMeeting(a, 'M1').id);
    await exchangeRound(a.env);
    await exchangeRound(b.env); // B has read batch 1
    for (const n of [2, 3, 4]) {
      made.push(newMeeting(a, `M${n}`).id);
      await exchangeRound(a.env);
    }
    const replica = (await exchangeRound(a.env)).replica;
    const head = headOf(share, a, replica);
    expect(head.packs).toEqual([expect.objectContaining({ from: 1, to: 4 })]);
    expect(head.batches).toEqual([]);
    expect(filesOf(share, replica).filter((f) => f.startsWith('b-'))).toEqual([]); // the loose files are gone
    const report = await exchangeRound(b.env);
    expect(report.problems).toEqual([]);
    expect(report.batchesApplied).toBe(3);
    for (const id of made) expect(repo.meetings.find(b.db, id)).toBeTruthy();
    // Later batches go on the chain after the pack.
    made.push(newMeeting(a, 'M5').id);
    await exchangeRound(a.env);
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.meetings.find(b.db, made[4]!)).toBeTruthy();
  });
});
