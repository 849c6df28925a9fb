import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityFileOf } from '../../../db/exchange/identity';
import type { Db } from '../../../db/open';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { exchangeLaptops, type Laptop } from '../../helpers/exchangeLaptops';

// Old copies put back on the share, a laptop that updated, a copied database: the owner of a
// folder keeps its files whole, so nobody waits for ever on a batch it can no longer list or rebuild.

const { laptop, shareOf } = exchangeLaptops('asoen-exreplay-');
const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const newMeeting = (l: Laptop, titleEn: string) =>
  l.db.transaction(() => repo.meetings.create(l.db, l.ctx, { bodyId: bodyOf(l.db), titleVi: titleEn, titleEn, startDate: '2027-01-10', endDate: '2027-01-12' }))();
const folderOf = (share: string, report: { replica: string }) => path.join(share, 'devices', report.replica);

describe('old copies and rebuilt files on the share', () => {
  it('keeps listing every batch when an old copy of a laptop\'s head is put back on the share', async () => {
    const share = shareOf('stale-head');
    const a = laptop('Laptop A', share);
    const first = newMeeting(a, 'ASOEN 1');
    const r1 = await exchangeRound(a.env);
    const oldHead = readFileSync(path.join(folderOf(share, r1), 'head.json'));
    const second = newMeeting(a, 'ASOEN 2');
    await exchangeRound(a.env);
    // A sync tool or a restore of the share puts the head of batch 1 back.
    writeFileSync(path.join(folderOf(share, r1), 'head.json'), oldHead);
    const third = newMeeting(a, 'ASOEN 3');
    expect((await exchangeRound(a.env)).published).toBe(3);
    // A laptop that joins now reads the three batches, none missing.
    const b = laptop('Laptop B', share);
    const report = await exchangeRound(b.env);
    expect(report.problems).toEqual([]);
    for (const m of [first, second, third]) expect(repo.meetings.find(b.db, m.id)?.titleEn).toBe(m.titleEn);
  });

  it('adopts the batch of a publish cut short after its head even when an old copy of the head was put back meanwhile', async () => {
    const share = shareOf('stale-after-kill');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    newMeeting(a, 'ASOEN 1');
    const r1 = await exchangeRound(a.env);
    const headOne = readFileSync(path.join(folderOf(share, r1), 'head.json'));
    const second = newMeeting(a, 'ASOEN 2');
    // A is switched off right after writing its head: B reads batch 2 all the same.
    await expect(
      exchangeRound(a.env, {
        afterHead: () => {
          throw new Error('switched off');
        },
      }),
    ).rejects.toThrow('switched off');
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.meetings.find(b.db, second.id)).toBeTruthy();
    // The head of batch 1 comes back on the share; A starts again and goes on working.
    writeFileSync(path.join(folderOf(share, r1), 'head.json'), headOne);
    const third = newMeeting(a, 'ASOEN 3');
    await exchangeRound(a.env);
    const report = await exchangeRound(b.env);
    expect(report.problems).toEqual([]);
    expect(repo.meetings.get(b.db, third.id).titleEn).toBe('ASOEN 3');
  });

  it('rebuilds a damaged batch published before the laptop was updated to a newer version', async () => {
    const share = shareOf('updated');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    await exchangeRound(b.env);
    const m = newMeeting(a, 'ASOEN 38');
    const r1 = await exchangeRound(a.env);
    const file = path.join(folderOf(share, r1), 'b-000000001.asx');
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, good.length - 9));
    // A is updated (its batches now need the newer schema) and finds its old batch damaged.
    expect((await exchangeRound({ ...a.env, schema: 99, minSchema: 99 })).repaired).toBe(1);
    expect(readFileSync(file).equals(good)).toBe(true);
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.meetings.get(b.db, m.id).titleEn).toBe('ASOEN 38');
  });

  it('rebuilds a damaged batch of a database copied to another laptop from the copy\'s own changes only', async () => {
    const share = shareOf('copied');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    await exchangeRound(b.env);
    newMeeting(a, 'ASOEN 1');
    await exchangeRound(a.env);
    a.db.pragma('wal_checkpoint(TRUNCATE)');
    const copyFile = `${a.file}.copy.db`;
    copyFileSync(a.file, copyFile);
    copyFileSync(identityFileOf(a.file), identityFileOf(copyFile));
    const c = laptop('Laptop C', share, { file: copyFile });
    const m = newMeeting(c, 'ASOEN 2 (C)');
    const rc = await exchangeRound(c.env);
    expect(rc.renewed).toBe('copied');
    expect(rc.published).toBe(1);
    const file = path.join(folderOf(share, rc), 'b-000000001.asx');
    const good = readFileSync(file);
    writeFileSync(file, good.subarray(0, 20));
    expect((await exchangeRound(c.env)).repaired).toBe(1);
    expect(readFileSync(file).equals(good)).toBe(true);
    expect((await exchangeRound(b.env)).problems).toEqual([]);
    expect(repo.meetings.get(b.db, m.id).titleEn).toBe('ASOEN 2 (C)');
  });
});
