import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/open';
import { repositories as repo } from '../../../db/repo/repositories';
import { openConflicts } from '../../../db/exchange/merge';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { exchangeLaptops, writesFailing, type Laptop } from '../../helpers/exchangeLaptops';

// A laptop restored from its backup takes a new identity on the share; what its old identity had
// published must stay readable by the others, even when an old copy of its head was put back on the
// share (a sync tool) before it could write the right one again: the restored laptop puts back the
// head it last wrote, which it keeps beside its database.

const { laptop, shareOf } = exchangeLaptops('asoen-exrestore-');
const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (l: Laptop, titleEn: string) =>
  l.db.transaction(() => repo.meetings.create(l.db, l.ctx, { bodyId: bodyOf(l.db), titleVi: `Họp ${titleEn}`, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' }))();
const replicaOf = (l: Laptop) => (JSON.parse(l.db.prepare(`SELECT value FROM app_meta WHERE key = 'exchange_identity'`).pluck().get() as string) as { replica: string }).replica;

describe('a laptop restored from its backup', () => {
  it('puts back its old head when an older copy of it is on the share, so that what it published after the backup still reaches the others', async () => {
    const share = shareOf('old-head');
    const a = laptop('Laptop A', share);
    const m1 = newMeeting(a, 'ASOEN 31');
    await exchangeRound(a.env);
    const backup = a.db.serialize();
    const m2 = newMeeting(a, 'ASOEN 32');
    await exchangeRound(a.env);
    const headFile = path.join(share, 'devices', replicaOf(a), 'head.json');
    const oldHead = readFileSync(headFile);
    const m3 = newMeeting(a, 'ASOEN 33');
    await exchangeRound(a.env);
    // A sync tool puts the head of two batches back; then A's disk fails and it is restored from the backup.
    writeFileSync(headFile, oldHead);
    a.db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(a.file + suffix, { force: true });
    writeFileSync(a.file, backup);
    const restored = laptop('Laptop A', share, { file: a.file });
    const first = await exchangeRound(restored.env);
    expect(first.renewed).toBe('restored');
    // What it had published after the backup comes back to it from the share, and reaches B.
    const b = laptop('Laptop B', share);
    await exchangeRound(b.env);
    await exchangeRound(restored.env);
    for (const l of [restored, b]) for (const m of [m1, m2, m3]) expect(repo.meetings.get(l.db, m.id).titleEn).toBe(m.titleEn);
  });

  it('sends again what it had taken up but not published at the backup, and no laptop takes a change twice or brings back one replaced since', async () => {
    const share = shareOf('replayed');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const m = newMeeting(a, 'ASOEN 34');
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    // A's next exchange takes an edit up, then finds the share full: the backup is taken then.
    a.db.transaction(() => repo.meetings.update(a.db, a.ctx, { id: m.id, version: repo.meetings.get(a.db, m.id).version, changes: { city: 'Huế' } }))();
    const full = writesFailing('ENOSPC');
    await exchangeRound({ ...a.env, fs: full }).catch(() => undefined);
    const backup = a.db.serialize();
    // Room again: the edit goes out, B takes it and replaces it with its own.
    await exchangeRound(a.env);
    await exchangeRound(b.env);
    b.db.transaction(() => repo.meetings.update(b.db, b.ctx, { id: m.id, version: repo.meetings.get(b.db, m.id).version, changes: { city: 'Đà Nẵng' } }))();
    await exchangeRound(b.env);
    const historyOf = (l: Laptop) => l.db.prepare(`SELECT count(*) FROM change_log WHERE entity_id = ?`).pluck().get(m.id) as number;
    const before = historyOf(b);
    // A is restored from the backup: its new identity sends the edit again, the same write.
    a.db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(a.file + suffix, { force: true });
    writeFileSync(a.file, backup);
    const restored = laptop('Laptop A', share, { file: a.file });
    await exchangeRound(restored.env);
    await exchangeRound(b.env);
    await exchangeRound(restored.env);
    // B: no conflict between "Huế", which it had replaced, and its own "Đà Nẵng"; nothing taken twice.
    expect(openConflicts(b.db)).toEqual([]);
    expect(repo.meetings.get(b.db, m.id).city).toBe('Đà Nẵng');
    expect(historyOf(b)).toBe(before);
    // A reads the same.
    expect(openConflicts(restored.db)).toEqual([]);
    expect(repo.meetings.get(restored.db, m.id).city).toBe('Đà Nẵng');
  });
});
