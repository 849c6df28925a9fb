import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { exchangeLaptops, type Laptop } from '../../helpers/exchangeLaptops';

// Relay copies (electron/services/exchange/relay.ts): a laptop that applied another's batches
// publishes them again in its own folder when that laptop's files are damaged or gone and it never
// comes back, so a laptop that joins later or was offline still gets its changes, once each.

const { laptop, shareOf } = exchangeLaptops('asoen-exrelay-');

const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (l: Laptop, titleEn: string) =>
  l.db.transaction(() => repo.meetings.create(l.db, l.ctx, { bodyId: bodyOf(l.db), titleVi: `Họp ${titleEn}`, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' }))();
const edit = (l: Laptop, id: string, changes: Record<string, unknown>) =>
  l.db.transaction(() => repo.meetings.update(l.db, l.ctx, { id, version: repo.meetings.get(l.db, id).version, changes }))();
const replicas = new Map<Laptop, string>();
const replicaOf = (l: Laptop) => replicas.get(l) ?? replicaOfDb(l);
const replicaOfDb = (l: Laptop) => (JSON.parse(l.db.prepare(`SELECT value FROM app_meta WHERE key = 'exchange_identity'`).pluck().get() as string) as { replica: string }).replica;
/** Stops a laptop for good (its replica id kept for the checks). */
const stop = (l: Laptop) => {
  replicas.set(l, replicaOfDb(l));
  l.db.close();
};
const dirOf = (share: string, l: Laptop) => path.join(share, 'devices', replicaOf(l));
/** How many changes of laptop `of` this laptop took in (each applied once: once each in History). */
const takenFrom = (l: Laptop, of: Laptop) => l.db.prepare(`SELECT count(*) FROM change_log WHERE origin = 'remote' AND replica = ?`).pluck().get(replicaOf(of)) as number;
const relayFiles = (share: string, l: Laptop) => readdirSync(dirOf(share, l)).filter((f) => f.startsWith('relay-'));

/** A publishes two batches (a meeting, then an edit of it), B applies both. */
async function published(name: string) {
  const share = shareOf(name);
  const a = laptop('Laptop A', share);
  const b = laptop('Laptop B', share);
  const m = newMeeting(a, 'ASOEN 37');
  await exchangeRound(a.env);
  edit(a, m.id, { city: 'Hà Nội', notes: 'Đã gửi công hàm' });
  await exchangeRound(a.env);
  await exchangeRound(b.env);
  expect(repo.meetings.get(b.db, m.id).city).toBe('Hà Nội');
  return { share, a, b, m };
}

/** A's files on the share damaged: the first truncated, the second removed by someone. */
function damageAll(share: string, a: Laptop) {
  const dir = dirOf(share, a);
  const first = path.join(dir, 'b-000000001.asx');
  writeFileSync(first, readFileSync(first).subarray(0, 20));
  rmSync(path.join(dir, 'b-000000002.asx'));
}

describe('relay copies of a laptop gone for good', () => {
  it('a laptop that joins after A left with its files damaged gets A’s changes from B, each once', async () => {
    const { share, a, b, m } = await published('join');
    damageAll(share, a);
    stop(a); // stolen: never exchanges again
    const c = laptop('Laptop C', share);
    const first = await exchangeRound(c.env);
    // The damaged file is named, and C asks for A's batches from the first.
    expect(first.problems.map((p) => [p.laptop, p.file, p.kind])).toEqual([[`Laptop A (${replicaOf(a).slice(-8)})`, 'b-000000001.asx', 'damaged']]);
    expect(repo.meetings.find(c.db, m.id)).toBeUndefined();
    const answered = await exchangeRound(b.env);
    expect(answered.relaysWritten).toBe(1);
    expect(relayFiles(share, b)).toEqual([`relay-${replicaOf(a)}-000000001-000000002.asx`]);
    const second = await exchangeRound(c.env);
    expect(second.problems).toEqual([]);
    expect(second.relayed).toBe(2);
    const got = repo.meetings.get(c.db, m.id);
    expect([got.titleEn, got.city, got.notes]).toEqual(['ASOEN 37', 'Hà Nội', 'Đã gửi công hàm']);
    // History on C names A's officer and laptop, as if read from A's own files.
    expect(c.db.prepare(`SELECT DISTINCT officer_name, device_name FROM change_log WHERE entity_id = ?`).all(m.id)).toEqual([{ officer_name: 'Officer of Laptop A', device_name: 'Laptop A' }]);
    const once = takenFrom(c, a);
    expect(once).toBe(takenFrom(b, a));
    // More rounds: nothing taken twice, and the relay goes once nobody wants it.
    for (let i = 0; i < 2; i++) for (const l of [b, c]) await exchangeRound(l.env);
    expect(takenFrom(c, a)).toBe(once);
    expect(relayFiles(share, b)).toEqual([]);
    // B and C hold the same.
    expect(repo.meetings.get(c.db, m.id)).toEqual(repo.meetings.get(b.db, m.id));
  });

  it('a laptop that was offline and had A’s first batch gets the rest from the relay, and the changes after it chain on', async () => {
    const share = shareOf('offline');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const c = laptop('Laptop C', share);
    const m = newMeeting(a, 'ASOEN 38');
    await exchangeRound(a.env);
    await exchangeRound(c.env); // C takes batch 1, then goes to a conference for a week
    edit(a, m.id, { city: 'Huế' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    rmSync(path.join(dirOf(share, a), 'b-000000002.asx'));
    stop(a);
    // B edits on top of A's change while C is away.
    edit(b, m.id, { notes: 'Đoàn 5 người' });
    await exchangeRound(b.env);
    const back = await exchangeRound(c.env);
    // B's batch depends on A's batch 2: held until C has it.
    expect(back.waiting.map((w) => w.replica)).toEqual([replicaOf(b)]);
    await exchangeRound(b.env);
    const r = await exchangeRound(c.env);
    expect(r.relayed).toBe(1);
    expect(r.waiting).toEqual([]);
    const got = repo.meetings.get(c.db, m.id);
    expect([got.city, got.notes]).toEqual(['Huế', 'Đoàn 5 người']);
    expect(takenFrom(c, a)).toBe(takenFrom(b, a));
  });

  it('a relay of a range that A later writes again itself is harmless: nothing is taken twice', async () => {
    const { share, a, b, m } = await published('back');
    damageAll(share, a);
    const c = laptop('Laptop C', share);
    await exchangeRound(c.env);
    await exchangeRound(b.env); // the relay is written
    const d = laptop('Laptop D', share);
    await exchangeRound(d.env); // D asks too
    // A comes back and writes its damaged files again (both C and D still need them).
    const repaired = await exchangeRound(a.env);
    expect(repaired.repaired).toBe(2);
    await exchangeRound(b.env);
    const fromC = await exchangeRound(c.env);
    const fromD = await exchangeRound(d.env);
    expect(fromC.problems).toEqual([]);
    expect(fromD.problems).toEqual([]);
    for (let i = 0; i < 2; i++) for (const l of [a, b, c, d]) await exchangeRound(l.env);
    for (const l of [c, d]) {
      expect(takenFrom(l, a)).toBe(takenFrom(b, a));
      expect(repo.meetings.get(l.db, m.id)).toEqual(repo.meetings.get(b.db, m.id));
    }
    expect(relayFiles(share, b)).toEqual([]);
  });

  it('a laptop whose whole folder was removed from the share is still read through the relays', async () => {
    const { share, a, b, m } = await published('folder');
    rmSync(dirOf(share, a), { recursive: true });
    stop(a);
    const c = laptop('Laptop C', share);
    await exchangeRound(c.env); // learns of A from B's head (what B applied), asks for it
    await exchangeRound(b.env);
    const r = await exchangeRound(c.env);
    expect(r.relayed).toBe(2);
    expect(repo.meetings.get(c.db, m.id).city).toBe('Hà Nội');
    // Named as B knew A.
    expect(c.db.prepare('SELECT device_name FROM exchange_applied WHERE replica = ?').pluck().get(replicaOf(a))).toBe('Laptop A');
  });

  it('a head of A put back from an old copy after A left is read on through the relay: what B applied after it still reaches C', async () => {
    const share = shareOf('stale');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a, 'ASOEN 40');
    await exchangeRound(a.env);
    const headFile = path.join(dirOf(share, a), 'head.json');
    const oldHead = readFileSync(headFile);
    edit(a, m.id, { city: 'Đà Lạt' });
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    writeFileSync(headFile, oldHead); // a sync tool puts the old head back; A is gone
    stop(a);
    const c = laptop('Laptop C', share);
    await exchangeRound(c.env);
    expect(repo.meetings.get(c.db, m.id).city).toBeNull();
    await exchangeRound(b.env);
    const r = await exchangeRound(c.env);
    expect(r.problems).toEqual([]);
    expect(r.relayed).toBe(1);
    expect(repo.meetings.get(c.db, m.id).city).toBe('Đà Lạt');
    expect(takenFrom(c, a)).toBe(takenFrom(b, a));
  });

  it('never relays a classified record: a delegation B marked Mật after taking it from A stays off the relay', async () => {
    const share = shareOf('classified');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a, 'ASOEN 39');
    const del = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: m.id, classification: 'none', objectives: 'Lập trường về ô nhiễm khói mù' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, del.id).objectives).toBe('Lập trường về ô nhiễm khói mù');
    b.db.transaction(() => repo.delegations.update(b.db, b.ctx, { id: del.id, version: repo.delegations.get(b.db, del.id).version, changes: { classification: 'secret' } }))();
    rmSync(path.join(dirOf(share, a), 'b-000000001.asx'));
    stop(a);
    const c = laptop('Laptop C', share);
    await exchangeRound(c.env);
    await exchangeRound(b.env);
    const [relay] = relayFiles(share, b);
    const text = gunzipSync(readFileSync(path.join(dirOf(share, b), relay!))).toString('utf8');
    expect(text).toContain(m.id);
    expect(text).not.toContain(del.id);
    expect(text).not.toContain('khói mù');
    await exchangeRound(c.env);
    expect(repo.meetings.get(c.db, m.id).titleEn).toBe('ASOEN 39');
  });

  it('relays the marking of a delegation its owner raised: a laptop that reads it from the relay marks it too, and gets no text', async () => {
    const share = shareOf('marking');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const c = laptop('Laptop C', share);
    const m = newMeeting(a, 'ASOEN 41');
    const del = a.db.transaction(() => repo.delegations.create(a.db, a.ctx, { meetingId: m.id, classification: 'none', objectives: 'Mục tiêu công khai' }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    await exchangeRound(c.env); // C has the delegation, unclassified
    // A marks it Mật and writes a secret text: only the marking leaves, in A's batch 2.
    a.db.transaction(() => repo.delegations.update(a.db, a.ctx, { id: del.id, version: repo.delegations.get(a.db, del.id).version, changes: { classification: 'secret', objectives: 'SENTINEL-R lập trường' } }))();
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    expect(repo.delegations.get(b.db, del.id).classification).toBe('secret');
    // A's batch 2 is lost from the share and A is gone: C reads it from B's relay.
    rmSync(path.join(dirOf(share, a), 'b-000000002.asx'));
    stop(a);
    await exchangeRound(c.env);
    await exchangeRound(b.env);
    const [relay] = relayFiles(share, b);
    const text = gunzipSync(readFileSync(path.join(dirOf(share, b), relay!))).toString('utf8');
    expect(text).not.toContain('SENTINEL-R');
    const r = await exchangeRound(c.env);
    expect(r.relayed).toBe(1);
    expect(repo.delegations.get(c.db, del.id)).toMatchObject({ classification: 'secret', objectives: 'Mục tiêu công khai' });
  });
});
