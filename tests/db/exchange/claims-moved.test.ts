import { describe, expect, it } from 'vitest';
import { HybridClock } from '../../../common/hlc';
import { applyLine } from '../../../db/exchange/apply';
import { openConflicts } from '../../../db/exchange/merge';
import type { Line } from '../../../db/exchange/outbox';
import { repositories as repo } from '../../../db/repo/repositories';
import { exchangeRound } from '../../../electron/services/exchange/round';
import { exchangeLaptops, type Laptop } from '../../helpers/exchangeLaptops';

// A record that moves from one key to another taken by someone else, on the apply path: the item
// for the key it joins stands, whatever the item of the key it left (claims.ts settleClaimsOf).

const { laptop, shareOf } = exchangeLaptops('asoen-exclaims-');

const newBody = (l: Laptop, code: string) => l.db.transaction(() => repo.bodies.create(l.db, l.ctx, { code, nameVi: `Nhóm ${code}`, nameEn: `Group ${code}`, kind: 'working_group' }))();
const duplicates = (l: Laptop) => openConflicts(l.db).filter((c) => c.kind === 'duplicate').map((c) => [c.entityId, c.register].sort().join(' '));

describe('a duplicate code that comes back on the apply path', () => {
  it('shows the duplicate again on a laptop that had renamed the later record, when a later write from another laptop gives it the code back', async () => {
    const share = shareOf('back');
    const a = laptop('Laptop A', share);
    const b = laptop('Laptop B', share);
    const p = newBody(a, 'AWG-X');
    const q = newBody(b, 'AWG-X');
    for (const l of [a, b, a]) await exchangeRound(l.env);
    const pair = [p.id, q.id].sort().join(' ');
    expect(duplicates(a)).toEqual([pair]);
    // A keeps both with a new code for the later one: the item closes here.
    const [created] = a.db.prepare(`SELECT hlc FROM exchange_heads WHERE entity_id = ? AND register = 'code'`).pluck().all(q.id) as string[];
    a.db.transaction(() => repo.bodies.update(a.db, a.ctx, { id: q.id, version: repo.bodies.get(a.db, q.id).version, changes: { code: 'AWG-X2' } }))();
    await exchangeRound(a.env);
    expect(duplicates(a)).toEqual([]);
    // Meanwhile a third laptop, which had not seen the rename, wrote the old code on it again, later.
    const other = '01ffffff-0000-7000-8000-000000000000';
    const wall = Number(created!.split('.')[0]) + 60_000;
    const line: Line = {
      h: `${String(wall).padStart(15, '0')}.000000.${other}`,
      e: 'body',
      id: q.id,
      op: 'update',
      at: '2026-11-21T04:00:00.000Z',
      o: 'Officer C',
      d: 'Laptop C',
      f: { code: ['AWG-X', [created!]] },
    };
    a.db.transaction(() => applyLine(a.db, line, { replica: other, tx: `${other}:1`, clock: new HybridClock('01a00000-0000-7000-8000-00000000000a'), now: wall }))();
    expect(repo.bodies.get(a.db, q.id).code).toBe('AWG-X');
    // Two records of one code again: the duplicate is in the inbox (beside the two codes written apart).
    expect(duplicates(a)).toEqual([pair]);
  });
});
