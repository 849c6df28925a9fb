import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dumpSnapshot } from '../../../db/exchange/snapshot';
import type { Db } from '../../../db/open';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { decodeSnapshot, encodeSnapshot } from '../../../electron/services/exchange/share';
import { exchangeLaptops } from '../../helpers/exchangeLaptops';

// The snapshot's file: /2 lists each record's writes once (a record written whole by one change
// repeats no clock value); a /1 snapshot, written by the previous version, is still read.

const { laptop, shareOf } = exchangeLaptops('asoen-exsnapfmt-');
const bodyOf = (db: Db) => db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code LIMIT 1').pluck().get() as string;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('the snapshot file', () => {
  it('reads back the same state from /2 and from a /1 file, and /2 is much smaller', async () => {
    const a = laptop('Laptop A', shareOf('format'));
    a.db.transaction(() => {
      for (let i = 0; i < 200; i++) {
        const m = repo.meetings.create(a.db, a.ctx, { bodyId: bodyOf(a.db), titleVi: `Họp nhóm công tác lần ${i}`, titleEn: `Working group meeting ${i}`, startDate: '2027-01-10', endDate: '2027-01-12' });
        if (i % 3 === 0) repo.meetings.update(a.db, a.ctx, { id: m.id, version: m.version, changes: { city: 'Hà Nội' } });
      }
    })();
    await exchangeRound(a.env);
    const state = dumpSnapshot(a.db);
    expect(state.records.length).toBe(200);
    const header = { exchangeId: 'e'.repeat(32), replica: 'r1', schema: 20, minSchema: 17, covers: {} };
    const v2 = encodeSnapshot(header, state);
    const expect2 = { exchangeId: header.exchangeId, replica: 'r1', sha256: sha(v2), schema: 20 };
    expect(decodeSnapshot(v2, expect2, { laptop: 'A', file: 's.asx' }).state).toEqual(state);
    // The same state as the previous version wrote it.
    const rows = [JSON.stringify({ format: 'asoen-exchange-snapshot/1', ...header, records: state.records.length, conflicts: state.conflicts.length }), ...state.records.map((r) => JSON.stringify(r)), ...state.conflicts.map((c) => JSON.stringify(c))];
    const body = rows.join('\n');
    const v1 = gzipSync(Buffer.from(`${body}\n${JSON.stringify({ count: rows.length - 1, sha256: sha(body) })}\n`, 'utf8'));
    expect(decodeSnapshot(v1, { ...expect2, sha256: sha(v1) }, { laptop: 'A', file: 's.asx' }).state).toEqual(state);
    expect(v2.length).toBeLessThan(v1.length * 0.6);
  });
});
