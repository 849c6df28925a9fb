// The briefing and the annual report read a bounded amount at any scale: every list has a
// limit and its total beside it, every statement goes through an index (the plans are checked
// on a generated database: without ANALYZE, SQLite plans the same at any size); the annual
// report's pass over the action items reads two ranges of an index that holds its columns.
// The two ways of finding a body's open items (small and large sets) give the same answer.
import path from 'node:path';
import { annualReportData } from '../../db/repo/documents/annualReport';
import { briefingData, DOCUMENT_LIMITS, openItemsOfBodies } from '../../db/repo/documents/briefing';
import { POST_TRIP_LIMITS, postTripData } from '../../db/repo/documents/postTrip';
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
        if (!m || /^json_each|^\(subquery|^CONSTANT$|^(r|c|later|backlog|byAgency|doneLater|byOwner|dl|cut|g)$/.test(m[1]!)) continue;
        // The annual report's backlog: the whole of the partial index of the open items is the set it counts (no table row read).
        if (/^SCAN t USING COVERING INDEX action_items_live_open_agency$/.test(line)) continue;
        // Its focal-point changes: bodies in code order, read until the list is full.
        if (/^SCAN b USING INDEX bodies_code$/.test(line) && /LIMIT @limit/.test(c.sql)) continue;
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

  it('reads the post-trip report through indexes only, and bounds its lists', () => {
    const db = app.ctx.db;
    // The latest held meeting Viet Nam sent a delegation to, ASOEN's first (the bench's).
    const meetingId = db
      .prepare(
        `SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id JOIN delegations d ON d.meeting_id = m.id AND d.deleted_at IS NULL
          WHERE m.parent_id IS NULL AND m.status = 'held' ORDER BY b.code = 'ASOEN' DESC, m.start_date DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    let data: ReturnType<typeof postTripData> | undefined;
    expect(fullScans(() => (data = db.transaction(() => postTripData(db, meetingId, today))()))).toEqual([]);
    const d = data!;
    expect(d.delegation).not.toBeNull();
    expect(d.related.length).toBe(Math.min(POST_TRIP_LIMITS.related, d.relatedTotal));
    expect(d.agenda.length).toBe(Math.min(POST_TRIP_LIMITS.agenda, d.agendaTotal));
    expect(d.documents.length).toBe(Math.min(POST_TRIP_LIMITS.documents, d.documentsTotal));
    expect(d.newItems.length).toBe(Math.min(POST_TRIP_LIMITS.newItems, d.newItemsTotal));
    expect(d.previousItems.length).toBe(Math.min(POST_TRIP_LIMITS.previousItems, d.previousItemsTotal));
    expect(d.due?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads the annual report through indexes and one pass over the action items, and bounds its lists', () => {
    const db = app.ctx.db;
    let data: ReturnType<typeof annualReportData> | undefined;
    expect(fullScans(() => (data = db.transaction(() => annualReportData(db, 2025, today))()))).toEqual([]);
    // The backlog: the items open now from the partial index of open items, in agency order (no
    // sort), and those done after the count day from one range of the covering status index.
    const pass = capture.captured.find((c) => /doneLater AS MATERIALIZED/.test(c.sql))!;
    const plan = capture.explain(pass);
    expect(plan, plan.join('\n')).toContain('SCAN t USING COVERING INDEX action_items_live_open_agency');
    expect(plan, plan.join('\n')).toContain('SEARCH t USING COVERING INDEX action_items_live_status_done (status=? AND completed_on>?)');
    expect(plan.filter((l) => /TEMP B-TREE FOR GROUP BY/.test(l)).length, plan.join('\n')).toBeLessThanOrEqual(2); // the done-later part and the merge, not the open items
    // The focal-point changes: counted from two covering ranges, listed body by body in code order.
    const focalCount = capture.explain(capture.captured.find((c) => /focal_assignments_live_from/.test(c.sql))!);
    expect(focalCount, focalCount.join('\n')).toContain('SEARCH focal_assignments USING COVERING INDEX focal_assignments_live_from (valid_from>? AND valid_from<?)');
    expect(focalCount, focalCount.join('\n')).toContain('SEARCH focal_assignments USING COVERING INDEX focal_assignments_live_to (valid_to>? AND valid_to<?)');
    const focalList = capture.explain(capture.captured.find((c) => /bodies_code/.test(c.sql))!);
    expect(focalList, focalList.join('\n')).toContain('USE TEMP B-TREE FOR LAST 4 TERMS OF ORDER BY'); // sorted body by body, not as a whole
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
      [d.notAttended.rows, d.notAttended.total],
      [d.commented.rows, d.commented.total],
      [d.adopted.rows, d.adopted.total],
      [d.commentMissed.rows, d.commentMissed.total],
      [d.undecided.rows, d.undecided.total],
      [d.dueNext.rows, d.dueNext.total],
      [d.adoptNext.rows, d.adoptNext.total],
    ] as const) {
      expect(list.length).toBe(Math.min(DOCUMENT_LIMITS.annualList, total));
    }
    // The narrative by pillar and body: a bounded number of bodies, each naming a bounded number of meetings;
    // the pillars' meetings add up to the year's, attended or not.
    for (const p of d.pillarYears) {
      expect(p.bodies.length).toBe(Math.min(DOCUMENT_LIMITS.annualBodies, p.bodiesTotal));
      for (const b of p.bodies) expect(b.named.length).toBe(Math.min(DOCUMENT_LIMITS.annualNamed, b.attended));
    }
    expect(d.pillarYears.reduce((s, p) => s + p.held, 0)).toBe(d.heldTotal);
    expect(d.heldTotal).toBe(d.attendedTotal);
    expect(d.attendedOrHostedTotal + d.notAttended.total).toBe(d.heldTotal);
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

  it('the annual report’s figures and first rows are those of a plain reading of the tables, whatever the year and the mix of rows', () => {
    const db = app.ctx.db;
    // A mix the generator does not make: deleted rows, items without a source meeting (some
    // undated), items done after a count day, a deleted body with live assignments.
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const items = ids(`SELECT id FROM action_items ORDER BY id`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    db.transaction(() => {
      for (const id of items) {
        const r = rnd();
        if (r < 0.03) db.prepare(`UPDATE action_items SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(id);
        else if (r < 0.08) db.prepare(`UPDATE action_items SET source_meeting_id = NULL, source_ref = NULL WHERE id = ?`).run(id);
        else if (r < 0.1) db.prepare(`UPDATE action_items SET source_meeting_id = NULL, source_ref = NULL, due_date = NULL WHERE id = ?`).run(id);
        else if (r < 0.14) db.prepare(`UPDATE action_items SET status = 'done', completed_on = '2026-0' || (1 + abs(random()) % 9) || '-15' WHERE id = ?`).run(id);
      }
      const fa = ids(`SELECT id FROM focal_assignments ORDER BY id`);
      for (const id of fa) if (rnd() < 0.05) db.prepare(`UPDATE focal_assignments SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(id);
      db.prepare(`UPDATE bodies SET deleted_at = '2026-01-01T00:00:00.000Z', code = code || '-OLD' WHERE id = (SELECT body_id FROM focal_assignments WHERE deleted_at IS NULL GROUP BY body_id ORDER BY body_id LIMIT 1)`).run();
    })();
    for (const year of [2010, 2024, 2025, 2026]) {
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      const asOf = today < to ? today : to;
      const d = db.transaction(() => annualReportData(db, year, today))();
      const q = (sql: string) => db.prepare(sql).all({ from, to, asOf }) as Array<Record<string, unknown>>;
      const raisedLater = `CASE WHEN t.source_meeting_id IS NULL THEN COALESCE(t.due_date, '0000') > @asOf ELSE (SELECT start_date FROM meetings WHERE id = t.source_meeting_id) > @asOf END`;
      const backlog = `FROM action_items t NOT INDEXED WHERE t.deleted_at IS NULL AND (t.status IN ('open', 'in_progress', 'blocked') OR (t.status = 'done' AND t.completed_on > @asOf)) AND NOT (${raisedLater})`;
      const open = q(`SELECT t.id, t.due_date AS due, t.lead_agency_id AS agency ${backlog} ORDER BY t.due_date IS NULL, t.due_date, t.id`);
      expect(d.openTotal).toBe(open.length);
      expect(d.overdueTotal).toBe(open.filter((r) => r.due !== null && (r.due as string) < asOf).length);
      expect(d.openItems.map((r) => r.id)).toEqual(open.slice(0, DOCUMENT_LIMITS.annualList).map((r) => r.id));
      // By responsible unit (common/actionStanding.ts): the lead agency, else the owner's agency; an owner without one apart.
      const responsible = `COALESCE(t.lead_agency_id, o.agency_id, CASE WHEN t.owner_person_id IS NOT NULL THEN '~owner' END)`;
      const agencies = q(`SELECT a.code, count(*) AS open, sum(t.due_date < @asOf) AS overdue ${backlog.replace('FROM action_items t NOT INDEXED', `FROM action_items t NOT INDEXED LEFT JOIN people o ON o.id = t.owner_person_id LEFT JOIN agencies a ON a.id = ${responsible}`)}
                          GROUP BY ${responsible} ORDER BY count(*) DESC, a.code IS NULL, a.code`);
      expect(d.backlogAgencies).toBe(agencies.length);
      expect(d.backlog.map((b) => [b.agencyCode, b.open, b.overdue])).toEqual(agencies.slice(0, DOCUMENT_LIMITS.annualAgencies).map((a) => [a.code, a.open, a.overdue]));
      const done = q(`SELECT id FROM action_items t NOT INDEXED WHERE deleted_at IS NULL AND status = 'done' AND completed_on BETWEEN @from AND @to ORDER BY completed_on, id`);
      expect([d.completedTotal, d.completed.map((r) => r.id)]).toEqual([done.length, done.slice(0, DOCUMENT_LIMITS.annualList).map((r) => r.id)]);
      const raised = q(`SELECT t.id FROM action_items t NOT INDEXED LEFT JOIN meetings m ON m.id = t.source_meeting_id
                         WHERE t.deleted_at IS NULL AND (CASE WHEN t.source_meeting_id IS NULL THEN t.due_date ELSE m.start_date END) BETWEEN @from AND @asOf
                         ORDER BY CASE WHEN t.source_meeting_id IS NULL THEN t.due_date ELSE m.start_date END, t.id`);
      expect([d.raisedTotal, d.raised.map((r) => r.id)]).toEqual([raised.length, raised.slice(0, DOCUMENT_LIMITS.annualList).map((r) => r.id)]);
      const changes = q(`SELECT b.code AS bodyCode, fa.valid_from AS validFrom, fa.valid_to AS validTo FROM focal_assignments fa NOT INDEXED JOIN bodies b ON b.id = fa.body_id JOIN agencies a ON a.id = fa.agency_id
                          WHERE fa.deleted_at IS NULL AND (fa.valid_from BETWEEN @from AND @to OR (fa.valid_from < @from AND fa.valid_to BETWEEN @from AND @to))
                          ORDER BY b.code, COALESCE(fa.valid_to, fa.valid_from), fa.valid_from, a.code, fa.id`);
      expect(d.focalChangesTotal).toBe(changes.length);
      expect(d.focalChanges.map((f) => ({ bodyCode: f.bodyCode, validFrom: f.validFrom, validTo: f.validTo }))).toEqual(changes.slice(0, DOCUMENT_LIMITS.annualList));
      expect(d.openTotal + d.completedTotal + d.focalChangesTotal).toBeGreaterThan(0);
    }
  });
});
