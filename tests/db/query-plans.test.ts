// The plans of the hot queries (issue 5). The SQL is captured from the app itself: every
// statement the dispatcher prepares while the screens' operations run is recorded with its
// parameters, then explained. Without ANALYZE statistics (the app never runs it) SQLite plans
// the same at any size, so a small generated database shows the plans of the 100× one.
// A failing expectation names the fix in its message (an index for db/schema.ts or an SQL change).
import Database, { type Statement } from 'better-sqlite3';
import { openAppDatabase } from '../../db/bootstrap';
import path from 'node:path';
import { generateDatabaseFile } from '../../db/seed/generator';
import { searchTuning } from '../../db/repo/core/repository';
import { SEARCH_ENTITIES } from '../../common/enums';
import { createTestApp, type TestApp } from '../helpers/app';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { captureStatements, type Captured, type StatementCapture } from '../helpers/capture';
import { tempDir } from '../helpers/tmp';


const BIG = ['action_items', 'action_updates', 'change_log', 'search_docs', 'meetings', 'focal_assignments', 'people', 'delegations', 'delegation_members', 'agencies', 'action_item_supporters'];

describe('plans of the hot queries', () => {
  const dir = tempDir();
  let app: TestApp;
  let capture: StatementCapture;

  beforeAll(() => {
    const file = path.join(dir, 'plans.sqlite');
    generateDatabaseFile(file, { scale: 0.05, mode: 'sql', migrationsFolder: MIGRATIONS_DIR });
    app = createTestApp({ file });
    const db = app.ctx.db;
    capture = captureStatements(db);
  });
  afterAll(() => app?.close());

  /** Runs an operation and returns the plans of the statements it ran whose SQL matches. */
  function plansOf(run: () => unknown, match: RegExp): Array<{ sql: string; plan: string[] }> {
    capture.clear();
    run();
    const seen = new Map<string, Captured>();
    for (const c of capture.captured) if (match.test(c.sql) && !seen.has(c.sql)) seen.set(c.sql, c);
    expect(seen.size, `no statement matching ${match} ran`).toBeGreaterThan(0);
    return [...seen.values()].map((c) => ({ sql: c.sql.replace(/\s+/g, ' '), plan: capture.explain(c) }));
  }

  /** No plain scan of a large table (a scan in index order is judged by the caller). */
  function expectNoTableScan(plan: string[], sql: string): void {
    for (const d of plan) {
      const m = /^SCAN (\w+)(?: AS (\w+))?$/.exec(d);
      if (m) expect(BIG, `full scan of ${m[1]} in: ${sql}\n${plan.join('\n')}`).not.toContain(m[1]);
    }
  }

  const items = (extra: Record<string, unknown>) => () => app.call('actionItems.list', { sort: { field: 'dueDate', dir: 'asc' }, limit: 50, ...extra } as never);
  const FROM_ITEMS = /FROM "action_items" t/;

  it('lists action items by due date with a status filter through an index, in order (no sort of every match)', () => {
    for (const { sql, plan } of plansOf(items({ filter: { status: ['open', 'in_progress'] } }), FROM_ITEMS)) {
      expectNoTableScan(plan, sql);
      expect(
        plan,
        'FIX (list only, count keeps its index): in db/repo/entities.ts inList() also return listSql `+t.status IN (SELECT value FROM json_each(?))`, and core.ts list() uses listSql; the due-date index is then read in order and stops at the page (scale 100: 878 → 1.2 ms)',
      ).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    }
  });

  it('reads a deep page from its cursor position (keyset), not from the start of the list', () => {
    const first = app.call('actionItems.list', { filter: { status: ['open', 'in_progress'] }, sort: { field: 'dueDate', dir: 'asc' }, limit: 5 });
    expect(first.nextCursor).not.toBeNull();
    for (const { sql, plan } of plansOf(items({ filter: { status: ['open', 'in_progress'] }, cursor: first.nextCursor }), FROM_ITEMS)) {
      expectNoTableScan(plan, sql);
      expect(
        plan.some((d) => /^SEARCH t USING INDEX action_items_due \(.*due_date.*>/.test(d)),
        `FIX: in db/repo/core.ts list() write the keyset condition as a row value, ((expr), t.id) > (?, ?), instead of the OR form, with the status filter as +t.status (see above); a NULL cursor value reads "(expr) IS NULL AND t.id > ?" first and only then "(expr) IS NOT NULL" (scale 100: ~1 s → < 1 ms). Plan:\n${plan.join('\n')}`,
      ).toBe(true);
    }
  });

  it('filters action items by lead agency through its index', () => {
    const lead = app.ctx.db.prepare('SELECT lead_agency_id AS id FROM action_items WHERE lead_agency_id IS NOT NULL LIMIT 1').get() as { id: string };
    for (const { sql, plan } of plansOf(items({ filter: { status: ['blocked', 'open'], leadAgencyId: lead.id } }), FROM_ITEMS)) {
      expectNoTableScan(plan, sql);
      expect(plan.some((d) => d.startsWith('SEARCH t USING INDEX action_items_lead_due (lead_agency_id=?'))).toBe(true);
    }
  });

  it('finds text through each kind\'s own search index (global search and a list with q)', () => {
    // The global search reads the five indexes, each newest first, and merges them.
    for (const { sql, plan } of plansOf(() => app.call('search.global', { q: 'nguyen van' }), /search_fts_\w+ MATCH/)) {
      expectNoTableScan(plan, sql);
      // FTS5's plan number: 0x40 ordered by rowid, 0x80 descending (the newest first, no sort).
      for (const kind of SEARCH_ENTITIES) {
        const idx = plan.map((d) => new RegExp(`^SCAN search_fts_${kind} VIRTUAL TABLE INDEX (\\d+):M`).exec(d)?.[1]).find((n) => n !== undefined);
        expect(idx, `${kind}:\n${plan.join('\n')}`).toBeDefined();
        expect(Number(idx) & 0xc0, `${kind}:\n${plan.join('\n')}`).toBe(0xc0);
      }
      expect(plan).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
    }
    // A list reads its own kind's index only.
    for (const { sql, plan } of plansOf(items({ q: 'than bun' }), FROM_ITEMS)) {
      expectNoTableScan(plan, sql);
      expect(sql).toContain('search_fts_action_item');
      expect(sql).not.toMatch(/search_fts_(meeting|person|agency|body)/);
      expect(plan.some((d) => /^SEARCH t USING INDEX sqlite_autoindex_action_items_1 \(id=\?\)/.test(d))).toBe(true);
    }
    for (const { sql } of plansOf(() => app.call('people.list', { q: 'nguyen van', limit: 30 }), /search_fts_/)) {
      expect(sql).toContain('search_fts_person');
      expect(sql).not.toMatch(/search_fts_(meeting|action_item|agency|body)/);
    }
  });

  it('looks for common words in a list by reading the list in its order, one document lookup per row, stopping at the page', () => {
    const saved = { ...searchTuning };
    try {
      searchTuning.denseAt = 1; // every word counts as common on this small desk
      const walks = plansOf(items({ q: 'bao cao' }), /^SELECT t\.id, EXISTS/);
      for (const { sql, plan } of [...walks, ...plansOf(() => app.call('people.list', { q: 'ng', limit: 30 }), /^SELECT t\.id, EXISTS/)]) {
        expectNoTableScan(plan, sql);
        expect(plan, `FIX: the list's sort needs an index (db/schema.ts) for its walk: ${sql}`).not.toContain('USE TEMP B-TREE FOR ORDER BY');
        expect(plan).toContain('CORRELATED SCALAR SUBQUERY 1');
        expect(plan).toContain('SEARCH d USING INDEX search_docs_entity_id_unique (entity_id=?)');
        expect(plan.some((d) => /^SCAN t USING INDEX (action_items_due|people_full_name)$/.test(d)), plan.join('\n')).toBe(true);
      }
      // The rows of the page are then read by their ids.
      for (const { sql, plan } of plansOf(items({ q: 'bao cao' }), /WHERE t\.id IN \(SELECT value FROM json_each/)) {
        expectNoTableScan(plan, sql);
        expect(plan).toContain('SEARCH t USING INDEX sqlite_autoindex_action_items_1 (id=?)');
      }
      // A search box's count reads the words' matches and stops at 1,001.
      for (const { sql, plan } of plansOf(() => app.call('actionItems.count', { q: 'bao cao' }), /search_fts_action_item f CROSS JOIN/)) {
        expectNoTableScan(plan, sql);
        expect(plan.some((d) => /^SCAN f VIRTUAL TABLE INDEX \d+:M/.test(d))).toBe(true);
        expect(plan).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)');
        expect(sql).toContain('LIMIT 1001');
      }
      // With a filter, its rows are read through the filter's index, one document lookup each.
      for (const { sql, plan } of plansOf(() => app.call('actionItems.count', { q: 'bao cao', filter: { status: ['blocked'] } }), /^SELECT EXISTS/)) {
        expectNoTableScan(plan, sql);
        expect(plan.some((d) => /^SEARCH t USING (COVERING )?INDEX action_items_live_status_\w+ \(status=\?\)$/.test(d)), plan.join('\n')).toBe(true);
        expect(plan).toContain('SEARCH d USING INDEX search_docs_entity_id_unique (entity_id=?)');
      }
    } finally {
      Object.assign(searchTuning, saved);
    }
  });

  it('reads a typed prefix of any word of the desk from its own FTS5 prefix index', () => {
    // FTS5 serves "nguye"* from a prefix index of exactly 5 characters, reading one list newest
    // first and stopping at the limit; with no index of that length it first merges the lists of
    // every word starting with it (scale 100: 'nguye' 7 ms, a full name 12 ms; then 0.4 / 1.7).
    const db = app.ctx.db;
    for (const kind of SEARCH_ENTITIES) {
      const table = `search_fts_${kind}`;
      const definition = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(table) as { sql: string }).sql;
      const lengths = (/prefix='([\d ]+)'/.exec(definition)?.[1] ?? '').split(' ').map(Number);
      db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_${kind} USING fts5vocab(main, ${table}, 'row')`);
      const longest = (db.prepare(`SELECT max(length(term)) AS n FROM temp.words_${kind}`).get() as { n: number }).n;
      expect(longest).toBeGreaterThan(5);
      for (let n = 1; n <= Math.max(longest, 20); n++) {
        expect(lengths, `FIX: a migration re-creating ${table} with prefix='1 2 … 20' and 'rebuild' (prefixes of ${n} letters have no index). ${definition}`).toContain(n);
      }
    }
  });

  it('answers focal points as of a date through the assignment indexes', () => {
    for (const { sql, plan } of plansOf(() => app.call('focalPoints.asOf', { date: '2015-06-01' }), /FROM focal_assignments fa/)) {
      expectNoTableScan(plan, sql);
      expect(plan.some((d) => /^SEARCH fa USING INDEX focal_assignments_\w+/.test(d))).toBe(true);
    }
  });

  it('answers focal points for a page of bodies (the matrix) with two seeks per body, not every period of each', () => {
    const ids = app.ctx.db.prepare('SELECT id FROM bodies ORDER BY code LIMIT 20').pluck().all() as string[];
    for (const date of ['2015-06-01', '2026-11-21']) {
      for (const { sql, plan } of plansOf(() => app.call('focalPoints.asOf', { date, bodyIds: ids }), /FROM json_each\(@bodyIds\) j CROSS JOIN focal_assignments f/)) {
        expectNoTableScan(plan, sql);
        const seeks = plan.filter((d) => d.startsWith('SEARCH f USING INDEX focal_assignments_body_in_force (body_id=? AND valid_to'));
        expect(
          seeks,
          `FIX: db/schema.ts focal_assignments index('focal_assignments_body_in_force').on(bodyId, validTo, validFrom).where(deleted_at IS NULL), and the query as two halves (valid_to IS NULL / valid_to >= D) per body. Plan:\n${plan.join('\n')}`,
        ).toHaveLength(2);
      }
    }
  });

  it('pages the bodies of the matrix (pillar order) in index order, stopping at the page', () => {
    const first = app.call('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 5 });
    for (const cursor of [null, first.nextCursor]) {
      for (const { sql, plan } of plansOf(() => app.call('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 50, cursor }), /FROM "bodies" t/)) {
        expect(
          plan,
          `FIX: db/schema.ts bodies index('bodies_pillar_order').on(coalesce(pillar_code, '') || ' ' || code, id) where deleted_at IS NULL, pillar_code kept by triggers (migration 0007), and the sort \`pillar\` in db/repo/entities.ts the same expression over t (scale 100: 4.7 → 0.8 ms). ${sql}`,
        ).toEqual(['SCAN t USING INDEX bodies_pillar_order']);
      }
    }
  });

  it('counts the bodies without a focal point on a date from the coverage intervals in one index range, and lists them by one seek per body', () => {
    const run = () => {
      app.call('focalPoints.coverage', { date: '2015-06-01' });
      app.call('bodies.list', { filter: { withoutFocalPointOn: '2015-06-01' }, sort: { field: 'pillar', dir: 'asc' }, limit: 50 });
    };
    const [count] = plansOf(run, /FROM focal_coverage WHERE/);
    expect(
      count!.plan,
      'FIX: the count of bodies covered on D as the intervals of focal_coverage containing D (db/repo/focal.ts bodiesCoveredOn), over its index focal_coverage_period (valid_from, valid_to) (scale 100, 2015: 20 → 0.7 ms; 1996: 68 → 0.2 ms)',
    ).toEqual(['SEARCH focal_coverage USING COVERING INDEX focal_coverage_period (valid_from<?)']);
    const lists = plansOf(run, /FROM focal_coverage c/);
    for (const { sql, plan } of lists) {
      expectNoTableScan(plan, sql);
      expect(plan.filter((d) => d.startsWith('SEARCH c USING COVERING INDEX focal_coverage_body (body_id=? AND valid_from<?)')), plan.join('\n')).toHaveLength(1);
      expect(plan.join('\n'), 'no walk through the periods of each body').not.toMatch(/focal_assignments/);
    }
  });

  it("reads a body's timeline (its assignments with their names) through focal_assignments_body_period, in order", () => {
    const body = app.ctx.db.prepare('SELECT body_id FROM focal_assignments LIMIT 1').pluck().get() as string;
    const run = () => app.call('focalAssignments.list', { filter: { bodyId: body }, sort: { field: 'validFrom', dir: 'desc' }, limit: 200 });
    for (const { sql, plan } of plansOf(run, /FROM "focal_assignments" t/)) {
      expectNoTableScan(plan, sql);
      expect(plan[0]).toBe('SEARCH t USING INDEX focal_assignments_body_period (body_id=?)');
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
      // The id only breaks ties of one start date (a body's few dozen periods).
      for (const d of plan.slice(1)) expect(d).toMatch(/^SEARCH (agency|person|basis) USING INDEX sqlite_autoindex_\w+ \(id=\?\)|^USE TEMP B-TREE FOR LAST TERM OF ORDER BY$/);
    }
  });

  it('lists meetings by start date through meetings_start (whole list in order, and a year)', () => {
    for (const { sql, plan } of plansOf(() => app.call('meetings.list', { limit: 50 }), /FROM "meetings" t/)) {
      expectNoTableScan(plan, sql);
      expect(plan).toContain('SCAN t USING INDEX meetings_start');
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    }
    for (const { sql, plan } of plansOf(() => app.call('meetings.list', { filter: { year: 2024 }, sort: { field: 'startDate', dir: 'asc' }, limit: 50 }), /FROM "meetings" t/)) {
      expectNoTableScan(plan, sql);
      expect(plan.some((d) => d.startsWith('SEARCH t USING INDEX meetings_start (start_date>? AND start_date<?)'))).toBe(true);
    }
  });

  describe("Today's queries", () => {
    let plans: Array<{ sql: string; plan: string[] }>;
    beforeAll(() => {
      // Two of each, and limit 1: every list stops short, so that its total is counted too.
      const bodyId = app.ctx.db.prepare(`SELECT id FROM bodies WHERE code = 'ASOEN'`).pluck().get() as string;
      for (const i of [1, 2]) {
        app.call('meetings.create', { bodyId, titleVi: `Họp ${i}`, titleEn: `Meeting ${i}`, startDate: '2026-12-10', endDate: '2026-12-11' });
        app.call('actionItems.create', { title: `Việc ${i}`, dueDate: '2026-12-01', status: 'open', priority: 'normal', supportingAgencyIds: [] });
      }
      plans = plansOf(() => app.call('today.summary', { date: '2026-11-21', limit: 1 }), /./);
    });
    const find = (re: RegExp) => {
      const hits = plans.filter((p) => re.test(p.sql));
      expect(hits.length, `no Today statement matches ${re}`).toBeGreaterThan(0);
      return hits;
    };

    it('touch no large table by a full scan', () => {
      for (const { sql, plan } of plans) {
        // The latest changes: the change log in reverse rowid order, LIMIT 15 (reads 15 rows, and
        // past them only the reference data the app seeded, which is not an officer's change: a
        // few hundred rows at the very start of the log), each with its title by key.
        if (/FROM change_log WHERE \(origin IS NULL OR origin = 'remote'\) ORDER BY seq DESC LIMIT/.test(sql)) {
          expect(plan).toEqual(['CO-ROUTINE c', 'SCAN change_log', 'SCAN c', 'SEARCH d USING INDEX search_docs_entity_id_unique (entity_id=?) LEFT-JOIN']);
          continue;
        }
        expectNoTableScan(plan, sql);
      }
    });

    it('find the upcoming meetings through a date-bounded index that holds every column they are filtered on', () => {
      for (const { plan } of find(/^SELECT t\."id".* FROM "meetings" t WHERE/)) {
        // meetings_upcoming (parent_id, end_date, start_date, status, deleted_at): the rows past the
        // horizon, cancelled or deleted are skipped in the index, unread (scale 100: 9.8k → 1.7k rows read).
        expect(
          plan.some((d) => /^SEARCH t USING INDEX meetings_upcoming \(parent_id=\? AND end_date>\?\)/.test(d)),
          `FIX: in db/schema.ts meetings index('meetings_upcoming').on(t.parentId, t.endDate, t.startDate, t.status, t.deletedAt) (scale 100: 411 → 45 ms, then CPU 9.8 → 5.1 ms). Plan:\n${plan.join('\n')}`,
        ).toBe(true);
        expect(plan).toContain('SEARCH c USING COVERING INDEX meetings_upcoming (parent_id=?)');
      }
    });

    it('find overdue and due-soon items by due date without sorting every open item', () => {
      const [overdue, dueSoon] = find(/FROM "action_items" t (LEFT JOIN .* )?WHERE/).filter((p) => !/SELECT count\(\*\)/.test(p.sql));
      expect(dueSoon!.plan.some((d) => /^SEARCH t USING INDEX action_items_(status_)?due \(.*due_date>\? AND due_date<\?\)/.test(d))).toBe(true);
      expect(
        overdue!.plan,
        'FIX: as for the list, listSql `+t.status IN (…)`: the due-date index is read in order and LIMIT 200 stops early (scale 100: 759 → 15 ms)',
      ).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    });

    it('count what they do not show in covering indexes, reading no row', () => {
      const counts = find(/^SELECT count\(\*\)/);
      const items = counts.filter((c) => /FROM "action_items"/.test(c.sql));
      expect(items).toHaveLength(2);
      for (const { plan } of items)
        expect(
          plan.filter((d) => /^SEARCH t USING COVERING INDEX action_items_live_status_due \(status=\? AND due_date[<>]/.test(d)),
          `FIX: in db/schema.ts the partial index action_items_live_status_due on (status, due_date, deleted_at) WHERE deleted_at IS NULL (scale 100: 300 → 12 ms for the 102k overdue). Plan:\n${plan.join('\n')}`,
        ).toHaveLength(1);
      const [upcoming] = counts.filter((c) => /FROM "meetings"/.test(c.sql));
      expect(upcoming!.plan.some((d) => /^SEARCH t USING COVERING INDEX meetings_upcoming \(parent_id=\? AND end_date>\?\)/.test(d))).toBe(true);
      // Counting stops at the cap (LIMIT 1001 written into the SQL): a bounded read however many there are.
      for (const { sql } of counts) expect(sql).toMatch(/LIMIT 1001\)$/);
    });

    it('look up focal points by their keys', () => {
      for (const { plan } of find(/FROM focal_coverage c/)) {
        // One seek per body in its merged coverage intervals (scale 100: 164 ms → a few ms).
        expect(
          plan.filter((d) => d.startsWith('SEARCH c USING COVERING INDEX focal_coverage_body (body_id=? AND valid_from<?)')),
          `FIX: noFocalPointInForce over focal_coverage (db/repo/focal.ts): the latest interval starting on or before D. Plan:\n${plan.join('\n')}`,
        ).toHaveLength(1);
      }
    });

    it('take the latest changes and their titles in one statement', () => {
      const [recent] = find(/FROM change_log WHERE \(origin IS NULL OR origin = 'remote'\) ORDER BY seq DESC LIMIT/);
      expect(recent!.plan).toContain('SEARCH d USING INDEX search_docs_entity_id_unique (entity_id=?) LEFT-JOIN');
      expect(plans.filter((p) => /FROM search_docs WHERE entity_id = \?/.test(p.sql)), 'no title looked up change by change').toEqual([]);
    });
  });

  describe('statements per screen, whatever the number of rows shown', () => {
    /** How many statements an operation runs (every get/all/iterate of a prepared statement). */
    const statementsOf = (run: () => unknown) => {
      capture.clear();
      run();
      return capture.captured.length;
    };

    it("Today: the readiness of every upcoming meeting in a fixed number of statements, not a few per meeting", () => {
      const today = () => app.call('today.summary', { date: '2026-11-21' });
      const body = app.ctx.db.prepare(`SELECT id FROM bodies WHERE code = 'ASOEN'`).pluck().get() as string;
      const people = app.ctx.db.prepare('SELECT id FROM people ORDER BY id LIMIT 2').pluck().all() as string[];
      /** Upcoming meetings with a delegation of two members each. */
      const addMeetings = (from: number, to: number) => {
        for (let i = from; i < to; i++) {
          const m = app.call('meetings.create', { bodyId: body, titleVi: `Họp kiểm thử ${i}`, titleEn: `Test meeting ${i}`, startDate: `2026-12-0${i + 1}`, endDate: `2026-12-0${i + 2}` });
          const d = app.call('delegations.create', { meetingId: m.id, decisionNumber: `${i + 1}/QĐ-BNNMT` });
          people.forEach((personId, k) => app.call('delegationMembers.create', { delegationId: d.id, personId, role: k === 0 ? 'head' : 'member' }));
        }
      };
      addMeetings(0, 1);
      const before = today().upcoming.length;
      const n = statementsOf(today);
      addMeetings(1, 7);
      const after = today();
      expect(after.upcoming.length).toBe(before + 6);
      expect(after.upcoming.filter((u) => u.meeting.titleEn.startsWith('Test meeting')).every((u) => u.readiness.hasHead && u.delegationId !== null)).toBe(true);
      expect(statementsOf(today)).toBe(n);
    });

    it('the meeting page: members with their person and agency in one statement, however many they are', () => {
      const m = app.ctx.db
        .prepare(`SELECT d.meeting_id AS id FROM delegations d WHERE (SELECT count(*) FROM delegation_members x WHERE x.delegation_id = d.id) >= 3 ORDER BY d.id LIMIT 1`)
        .get() as { id: string };
      const overview = () => app.call('meetings.overview', { id: m.id });
      expect(overview().members.length).toBeGreaterThanOrEqual(3);
      const counts = new Set([statementsOf(overview)]);
      const two = app.ctx.db
        .prepare(`SELECT d.meeting_id AS id FROM delegations d WHERE (SELECT count(*) FROM delegation_members x WHERE x.delegation_id = d.id) = 2 ORDER BY d.id LIMIT 1`)
        .get() as { id: string } | undefined;
      if (two) counts.add(statementsOf(() => app.call('meetings.overview', { id: two.id })));
      expect(counts.size).toBe(1);
      expect([...counts][0]).toBeLessThanOrEqual(12);
    });
  });

  it("checks a meeting's readiness (Today, meeting page) through the delegation, member and export indexes", () => {
    const m = app.ctx.db.prepare('SELECT meeting_id AS id FROM delegations ORDER BY id LIMIT 1').get() as { id: string };
    const plans = [
      ...plansOf(() => app.call('meetings.overview', { id: m.id }), /./),
      ...plansOf(() => app.call('today.summary', { date: '2026-11-21' }), /FROM (delegations|delegation_members|exports)\b/),
    ];
    const find = (re: RegExp) => {
      const hits = plans.filter((p) => re.test(p.sql));
      expect(hits.length, `no statement matches ${re}`).toBeGreaterThan(0);
      return hits;
    };
    for (const { sql, plan } of plans) expectNoTableScan(plan, sql);
    // The meeting page: its delegation by meeting, the members by delegation, its briefing.
    for (const { plan } of find(/FROM "delegations" t WHERE .*meeting_id = \?/)) expect(plan[0]).toMatch(/^SEARCH t USING INDEX delegations_meeting_live/);
    for (const { plan } of find(/FROM delegation_members m JOIN people p/)) expect(plan[0]).toMatch(/^SEARCH m USING INDEX delegation_members_person_live/);
    for (const { plan } of find(/FROM exports WHERE meeting_id = \?/)) expect(plan[0]).toMatch(/^SEARCH exports USING INDEX exports_meeting_kind/);
    // Today: the same, for a list of meetings at once (json_each), each by its index.
    for (const { plan } of find(/FROM delegations\s+WHERE meeting_id IN \(SELECT value FROM json_each/)) expect(plan).toContain('SEARCH delegations USING INDEX delegations_meeting_live (meeting_id=?)');
    for (const { plan } of find(/FROM exports\s+WHERE meeting_id IN \(SELECT value FROM json_each/)) expect(plan.some((d) => d.startsWith('SEARCH exports USING INDEX exports_meeting_kind (meeting_id=? AND kind=?)'))).toBe(true);
  });

  it('binds no LIMIT in the hot statements (a bound LIMIT makes SQLite re-prepare the statement on every run)', () => {
    const first = app.call('actionItems.list', { filter: { status: ['open'] }, sort: { field: 'dueDate', dir: 'asc' }, limit: 5 });
    const item = app.ctx.db.prepare('SELECT id FROM action_items ORDER BY id LIMIT 1').get() as { id: string };
    const meeting = app.ctx.db.prepare('SELECT meeting_id AS id FROM delegations ORDER BY id LIMIT 1').get() as { id: string };
    const run = () => {
      app.call('today.summary', { date: '2026-11-21' });
      app.call('actionItems.list', { filter: { status: ['open'] }, sort: { field: 'dueDate', dir: 'asc' }, limit: 5, cursor: first.nextCursor });
      app.call('search.global', { q: 'ng' });
      app.call('meetings.overview', { id: meeting.id });
      app.call('history.get', { ids: [item.id] });
      app.call('changes.recent', {});
    };
    const sqls = plansOf(run, /LIMIT/).map((p) => p.sql);
    expect(sqls.filter((sql) => /LIMIT \?/.test(sql)), 'FIX: write the row count into the SQL (db/repo/statements.ts limitSql)').toEqual([]);
  });

  it('opens an existing database (the start-up path) without reading any large table', () => {
    const proto = Database.prototype as unknown as { prepare: (sql: string) => Statement };
    const original = proto.prepare;
    const seen: Captured[] = [];
    proto.prepare = function (this: Database.Database, sql: string) {
      const stmt = original.call(this, sql);
      return new Proxy(stmt, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof value !== 'function') return value;
          if (prop === 'all' || prop === 'get' || prop === 'iterate' || prop === 'run') {
            return (...args: unknown[]) => {
              seen.push({ sql, params: args });
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return (value as (...a: unknown[]) => unknown).bind(target);
        },
      });
    };
    const steps: string[] = [];
    try {
      openAppDatabase(app.ctx.dataFile, { migrationsFolder: MIGRATIONS_DIR, onStep: (step) => steps.push(step) }).db.close();
    } finally {
      proto.prepare = original;
    }
    expect(steps).toEqual(['open', 'migrations', 'reference']);
    const reads = seen.filter((c) => /^\s*SELECT/i.test(c.sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const c of reads) expectNoTableScan(capture.explain(c), c.sql);
  });

  it('reads the change-log history of a record through change_log_entity', () => {
    const item = app.ctx.db.prepare('SELECT id FROM action_items ORDER BY id LIMIT 1 OFFSET 3').get() as { id: string };
    for (const { sql, plan } of plansOf(() => app.call('history.get', { ids: [item.id] }), /FROM change_log WHERE entity_id IN/)) {
      expectNoTableScan(plan, sql);
      expect(plan).toContain('SEARCH change_log USING INDEX change_log_entity (entity_id=?)');
    }
  });
});
