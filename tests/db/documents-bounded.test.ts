// The briefing and the annual report read a bounded amount at any scale: every list has a
// limit and its total beside it, every statement goes through an index (the plans are checked
// on a generated database: without ANALYZE, SQLite plans the same at any size); the annual
// report's pass over the action items reads two ranges of an index that holds its columns.
// The two ways of finding a body's open items (small and large sets) give the same answer.
import path from 'node:path';
import { annualReportData, briefingData, DOCUMENT_LIMITS, openItemsOfBodies } from '../../db/repo/exports';
import { generateDatabaseFile } from '../../db/seed/generator';
import { createTestApp, type TestApp } from '../helpers/app';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { captureStatements, type StatementCapture } from '../helpers/capture';
import { tempDir } from '../helpers/tmp';


describe('documents at scale', () => {
  const dir = tempDir('asoen-docs-');
  let app: TestApp;
  let capture: StatementCapture;
  const today = '2026-11-21';

  beforeAll(() => {
    const file = path.join(dir, 'docs.sqlite');
    generateDatabaseFile(file, { scale: 0.05, mode: 'sql', migrationsFolder: MIGRATIONS_DIR });
    app = createTestApp({ file });
    const db = app.ctx.db;
    capture = captureStatements(db);
  }, 120_000);
  afterAll(() => app?.close());

  /** Full scans of a table in the plans of the statements `run` prepared (json_each and the query's own materialised parts are fine). */
  function fullScans(run: () => unknown): string[] {
    capture.clear();
    run();
    const out: string[] = [];
    const seen = new Set<string>();
    for (const c of capture.captured) {
      if (seen.has(c.sql)) continue;
      seen.add(c.sql);
      const deliberate = /NOT INDEXED/.test(c.sql);
      for (const line of capture.explain(c)) {
        const m = /^SCAN (\S+)/.exec(line);
        if (!m || /^json_each|^\(subquery|^CONSTANT$|^(r|c|later|backlog|byAgency|g)$/.test(m[1]!)) continue;
        // The issuer: offices whose code ends in -AVO, on the agencies' code index (a suffix has no index; 10,000 entries at 100×).
        if (/^SCAN agencies USING INDEX agencies_code_live/.test(line) && /LIKE '%-AVO'/.test(c.sql)) continue;
        if (deliberate && m[1] === 't') continue;
        out.push(`${line}   ← ${c.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
    return out;
  }

  const asoenMeeting = () =>
    app.ctx.db
      .prepare(
        `SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id
          WHERE b.code = 'ASOEN' AND m.parent_id IS NULL AND m.status = 'held' ORDER BY m.start_date DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;

  it('reads the briefing through indexes only, and bounds its lists', () => {
    const db = app.ctx.db;
    let data: ReturnType<typeof briefingData> | undefined;
    expect(fullScans(() => (data = db.transaction(() => briefingData(db, asoenMeeting(), today))()))).toEqual([]);
    expect(data!.openItems.length).toBe(Math.min(DOCUMENT_LIMITS.openItems, data!.openItemsTotal));
    expect(data!.focalPoints.length).toBeLessThanOrEqual(DOCUMENT_LIMITS.focalPoints);
    expect(data!.related.length).toBe(Math.min(DOCUMENT_LIMITS.related, data!.relatedTotal));
  });

  it('reads the annual report through indexes and one pass over the action items, and bounds its lists', () => {
    const db = app.ctx.db;
    let data: ReturnType<typeof annualReportData> | undefined;
    expect(fullScans(() => (data = db.transaction(() => annualReportData(db, 2025, today))()))).toEqual([]);
    // The pass: the open items and those done since the year began, from the covering index only
    // (it read the whole table before: 1.2-1.9 s of the report at scale 100).
    const pass = capture.captured.find((c) => /r AS MATERIALIZED/.test(c.sql) && /backlog AS MATERIALIZED/.test(c.sql))!;
    const plan = capture.explain(pass);
    expect(plan, plan.join('\n')).toContain('SEARCH t USING COVERING INDEX action_items_live_status_done (status=?)');
    expect(plan, plan.join('\n')).toContain('SEARCH t USING COVERING INDEX action_items_live_status_done (status=? AND completed_on>?)');
    const d = data!;
    for (const p of d.pillars) expect(p.meetings.length).toBe(Math.min(DOCUMENT_LIMITS.annualList, p.total));
    expect(d.pillars.reduce((s, p) => s + p.total, 0)).toBe(d.attendedTotal);
    expect(d.attendedTotal).toBe(
      (db.prepare(`SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND status = 'held' AND start_date BETWEEN '2025-01-01' AND '2025-12-31'`).pluck().get() as number),
    );
    for (const [list, total] of [
      [d.delegations, d.delegationsTotal],
      [d.raised, d.raisedTotal],
      [d.completed, d.completedTotal],
      [d.openItems, d.openTotal],
      [d.focalChanges, d.focalChangesTotal],
      [d.planned, d.plannedTotal],
    ] as const) {
      expect(list.length).toBe(Math.min(DOCUMENT_LIMITS.annualList, total));
    }
    expect(d.backlog.length).toBe(Math.min(DOCUMENT_LIMITS.annualAgencies, d.backlogAgencies));
    expect(d.openTotal).toBeGreaterThan(DOCUMENT_LIMITS.annualList);
    // Counted over the whole year, whatever the lists show.
    expect(d.completedTotal).toBe(
      db.prepare(`SELECT count(*) FROM action_items WHERE deleted_at IS NULL AND status = 'done' AND completed_on BETWEEN '2025-01-01' AND '2025-12-31'`).pluck().get() as number,
    );
    expect(d.completed.map((r) => r.completedOn)).toEqual([...d.completed.map((r) => r.completedOn)].sort());
  });

  it('finds a body set’s open items the same way through either index, each through indexes only', () => {
    const db = app.ctx.db;
    const sets = [
      // ASOEN with its direct sub-bodies (large), one working group (small), a body with none.
      db.prepare(`SELECT json_group_array(id) FROM bodies WHERE code = 'ASOEN' OR parent_id = (SELECT id FROM bodies WHERE code = 'ASOEN')`).pluck().get() as string,
      db.prepare(`SELECT json_array(body_id) FROM action_items WHERE body_id IS NOT NULL GROUP BY body_id ORDER BY count(*) LIMIT 1`).pluck().get() as string,
      JSON.stringify(['01900000-0000-7000-8000-000000000000']),
    ].map((j) => JSON.parse(j) as string[]);
    for (const bodies of sets) {
      const direct = db
        .prepare(
          `SELECT id FROM action_items WHERE deleted_at IS NULL AND status IN ('open', 'in_progress', 'blocked') AND body_id IN (SELECT value FROM json_each(?))
            ORDER BY due_date IS NULL, due_date, id`,
        )
        .pluck()
        .all(JSON.stringify(bodies)) as string[];
      // Small limits cut inside a status and between statuses (ties on a due date go by id).
      for (const limit of [1, 3, 7, 30]) {
        let small: ReturnType<typeof openItemsOfBodies> | undefined;
        let large: ReturnType<typeof openItemsOfBodies> | undefined;
        expect(fullScans(() => (small = db.transaction(() => openItemsOfBodies(db, bodies, limit, Number.MAX_SAFE_INTEGER))()))).toEqual([]);
        expect(fullScans(() => (large = db.transaction(() => openItemsOfBodies(db, bodies, limit, 0))()))).toEqual([]);
        expect(small).toEqual({ total: direct.length, ids: direct.slice(0, limit) });
        expect(large).toEqual(small);
      }
    }
  });
});
