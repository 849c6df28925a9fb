import { actionItems } from '../../db/repo/actionItems';
import { meetings } from '../../db/repo/meetings';
import { compileRow, rowReader } from '../../db/repo/core/statements';
import { createTestApp, type TestApp } from '../helpers/app';

// The repository builds the SQL of each shape of list once and reads rows as arrays turned into
// objects by a compiled function: the rows must be exactly what the plain statements return,
// and a list must answer for its own filters whatever list ran before it.
describe('repository statements', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
    // More items than a page, with different statuses and lead agencies.
    const agencies = app.call('agencies.list', { limit: 3 }).items;
    const statuses = ['open', 'in_progress', 'blocked', 'done'] as const;
    for (let i = 0; i < 40; i++) {
      app.call('actionItems.create', {
        title: `Việc ${i}`,
        status: statuses[i % 4]!,
        leadAgencyId: agencies[i % 3]!.id,
        supportingAgencyIds: i % 5 === 0 ? [agencies[(i + 1) % 3]!.id] : [],
        dueDate: i % 7 === 0 ? null : `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
        ...(i % 4 === 3 ? { completedOn: '2026-11-20' } : {}),
      });
    }
  });
  afterAll(() => app.close());

  const db = () => app.ctx.db;
  /** Every live item matching, in the list's order, read by hand. */
  const byHand = (where: string, params: unknown[]) =>
    (
      db()
        .prepare(`SELECT id FROM action_items t WHERE t.deleted_at IS NULL AND ${where} ORDER BY t.due_date, t.id`)
        .all(...params) as Array<{ id: string }>
    ).map((r) => r.id);
  /** Every page of a list, following its cursors. */
  const allPages = (filter: Record<string, unknown>, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = actionItems.list(db(), { filter, sort: { field: 'dueDate', dir: 'asc' }, limit, cursor });
      ids.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  };

  it('answers each filter with its own rows, whatever list ran before it (one statement per shape of list)', () => {
    const agency = app.call('agencies.list', { limit: 1 }).items[0]!.id;
    const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{ status: ['open'] }, `t.status IN ('open')`, []],
      [{ status: ['open', 'blocked'] }, `t.status IN ('open', 'blocked')`, []],
      [{ status: ['open'], leadAgencyId: agency }, `t.status IN ('open') AND t.lead_agency_id = ?`, [agency]],
      [{ leadAgencyId: agency }, `t.lead_agency_id = ?`, [agency]],
      [{}, '1', []],
    ];
    // Twice over, in order, with different page sizes (each written into its SQL).
    for (const limit of [7, 50, 7]) {
      for (const [filter, where, params] of cases) {
        expect(allPages(filter, limit), JSON.stringify({ filter, limit })).toEqual(byHand(where, params));
        expect(actionItems.count(db(), { filter })).toBe(byHand(where, params).length);
      }
    }
  });

  it('reads a record exactly as the plain statement does: JSON columns parsed, every field in its place', () => {
    const plain = db().prepare(`SELECT id FROM action_items WHERE id IN (SELECT action_item_id FROM action_item_supporters) LIMIT 1`).get() as { id: string };
    const item = actionItems.get(db(), plain.id);
    expect(Array.isArray(item.supportingAgencyIds)).toBe(true);
    expect((item.supportingAgencyIds as string[]).length).toBe(1);
    const page = actionItems.list(db(), { filter: { leadAgencyId: item.leadAgencyId }, limit: 500 }).items;
    expect(page.find((r) => r.id === item.id)).toEqual(item);
    expect(Object.keys(item)).not.toContain('__sortKey');
  });

  it('reads a record with its neighbours (findWith): the record as find() gives it, the extra columns apart', () => {
    const m = meetings.list(db(), { limit: 1 }).items[0]!;
    const joined = meetings.findWith(db(), m.id, { select: 'b.code AS "bodyCode", b.name_en AS "bodyNameEn"', joins: 'JOIN bodies b ON b.id = t.body_id' });
    expect(joined!.row).toEqual(meetings.find(db(), m.id));
    const body = db().prepare('SELECT code, name_en FROM bodies WHERE id = ?').get(m.bodyId) as { code: string; name_en: string };
    expect(joined!.extra).toEqual({ bodyCode: body.code, bodyNameEn: body.name_en });
    expect(meetings.findWith(db(), '01890a5d-ac96-774b-bcce-b302099a8057', { select: 'b.code AS "bodyCode"', joins: 'JOIN bodies b ON b.id = t.body_id' })).toBeUndefined();
  });

  it('builds the same objects as better-sqlite3: names quoted, repeated names keep the last value, __ columns left out', () => {
    const sql = `SELECT 1 AS "a b", 'x"y' AS "q""uote", 2 AS dup, 3 AS dup, '[1,2]' AS list, NULL AS "nothing", 4 AS __hidden, '__proto__' AS "constructor"`;
    const plain = db().prepare(sql).get() as Record<string, unknown>;
    const reader = rowReader(db(), sql, { json: new Set(['list', 'nothing']) });
    const { __hidden, ...expected } = plain;
    expect(__hidden).toBe(4);
    expect(reader.get()).toEqual({ ...expected, list: [1, 2] });
    expect(reader.all()).toEqual([{ ...expected, list: [1, 2] }]);
    expect(Object.getPrototypeOf(reader.get())).toBe(Object.prototype);
    expect(compileRow(['x', 'y', 'z'], { splitAt: 1 })([1, 2, 3])).toEqual({ row: { x: 1 }, extra: { y: 2, z: 3 } });
  });
});
