// The operations the screens perform, each as a dispatcher call (the path the screens use) and,
// where one exists, its floor: the same query as a hand-written prepared statement on raw
// better-sqlite3 (same connection, no contract validation, no transaction wrapper).
import type { Database, Statement } from 'better-sqlite3';
import type { Db } from '../../db/open';
import { newId } from '../../db/ids';
import { SEARCH_ENTITIES } from '../../common/enums';
import { COUNT_CAP, TODAY_LIMIT } from '../../db/repo/today';
import type { Envelope } from '../../electron/contract';
import type { Dispatch } from '../../electron/handlers/dispatch';

export const BENCH_DATE = '2026-11-21';

export interface Op {
  op: string;
  /** How many timed runs (after warm-up). */
  runs: number;
  run: () => unknown;
  floor?: () => unknown;
  /** Set when the operation cannot be measured (yet). */
  unavailable?: string;
}

export function ok<T>(method: string, envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message.en} ${JSON.stringify(envelope.error.details ?? envelope.error.issues ?? '')}`);
  return envelope.value as T;
}

const cursorOf = (value: unknown, id: string) => Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** What the bench needs from the data: picked once, deterministically. */
export interface Fixtures {
  statusFilter: string[];
  deepCursor: string;
  deepPage: number;
  endCursor: string;
  leadAgencyId: string;
  fullName: string;
  /** A full name made of the commonest words of the desk ('Nguyễn Văn …'): the dearest search. */
  commonName: string;
  meetingId: string;
  /** The meeting whose post-trip report is timed: the latest held ASOEN meeting with a delegation and an agenda (its report is a full one). */
  reportMeetingId: string;
  /** The meeting the bench's new action items come from (not meetingId, whose page counts its items). */
  createMeetingId: string;
  bodyId: string;
}

// What the screens get for an action item: its columns, its supporting agencies, and the names
// of its lead agency, owner and body (the app joins them too).
const ITEM_COLS = `t.id, t.created_at AS createdAt, t.updated_at AS updatedAt, t.version, t.deleted_at AS deletedAt, t.title, t.description,
  t.source_meeting_id AS sourceMeetingId, t.source_ref AS sourceRef, t.body_id AS bodyId, t.lead_agency_id AS leadAgencyId,
  t.owner_person_id AS ownerPersonId, t.due_date AS dueDate, t.status, t.priority, t.completed_on AS completedOn, t.completion_note AS completionNote,
  (SELECT json_group_array(agency_id) FROM (SELECT agency_id FROM action_item_supporters WHERE action_item_id = t.id ORDER BY agency_id)) AS supportingAgencyIds,
  a.code AS leadAgencyCode, a.name_vi AS leadAgencyNameVi, a.name_en AS leadAgencyNameEn, o.full_name AS ownerName, b.code AS bodyCode`;
const ITEM_FROM = `action_items t LEFT JOIN agencies a ON a.id = t.lead_agency_id LEFT JOIN people o ON o.id = t.owner_person_id LEFT JOIN bodies b ON b.id = t.body_id`;

export function fixtures(db: Db, dispatch: Dispatch, deepPages: number): Fixtures {
  const statusFilter = ['open', 'in_progress'];
  // Follow the cursors page after page, as a user scrolling would.
  let cursor: string | null = null;
  for (let page = 1; page <= deepPages; page++) {
    const value: { nextCursor: string | null } = ok('actionItems.list', dispatch('actionItems.list', { filter: { status: statusFilter }, sort: { field: 'dueDate', dir: 'asc' }, limit: 50, cursor }));
    if (!value.nextCursor) break;
    cursor = value.nextCursor;
  }
  // A cursor 100 rows before the end of the same list.
  const n = (db.prepare(`SELECT count(*) AS n FROM action_items WHERE deleted_at IS NULL AND status IN ('open', 'in_progress')`).get() as { n: number }).n;
  const near = db
    .prepare(`SELECT due_date AS d, id FROM action_items WHERE deleted_at IS NULL AND status IN ('open', 'in_progress') ORDER BY due_date, id LIMIT 1 OFFSET ?`)
    .get(Math.max(0, n - 100)) as { d: string | null; id: string };
  const leadAgencyId = (db.prepare(`SELECT lead_agency_id AS id FROM action_items WHERE lead_agency_id IS NOT NULL GROUP BY lead_agency_id ORDER BY count(*) DESC, lead_agency_id LIMIT 1`).get() as { id: string }).id;
  const fullName =
    (db.prepare(`SELECT full_name AS n FROM people WHERE full_name LIKE 'Nguyễn %Đ%' ORDER BY id LIMIT 1`).get() as { n: string } | undefined)?.n ??
    (db.prepare(`SELECT full_name AS n FROM people ORDER BY id LIMIT 1`).get() as { n: string }).n;
  // Nguyễn, Văn and words like Đông or Đức are also everyday words of the action items (tài
  // nguyên, công văn, hành động, giáo dục): every record holding all three is read.
  const commonName =
    (db.prepare(`SELECT full_name AS n FROM people WHERE full_name LIKE 'Nguyễn Văn %' ORDER BY id LIMIT 1`).get() as { n: string } | undefined)?.n ?? fullName;
  // The latest held ASOEN meeting Viet Nam sent a delegation to.
  const meeting = db
    .prepare(
      `SELECT m.id, m.body_id AS bodyId FROM meetings m JOIN bodies b ON b.id = m.body_id JOIN delegations d ON d.meeting_id = m.id
        WHERE b.code = 'ASOEN' AND m.status = 'held' AND m.parent_id IS NULL ORDER BY m.start_date DESC LIMIT 1`,
    )
    .get() as { id: string; bodyId: string } | undefined;
  const anyMeeting = meeting ?? (db.prepare(`SELECT m.id, m.body_id AS bodyId FROM meetings m JOIN delegations d ON d.meeting_id = m.id ORDER BY m.start_date DESC LIMIT 1`).get() as { id: string; bodyId: string });
  const report = db
    .prepare(
      `SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id JOIN delegations d ON d.meeting_id = m.id
        WHERE b.code = 'ASOEN' AND m.status = 'held' AND m.parent_id IS NULL AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id)
        ORDER BY m.start_date DESC LIMIT 1`,
    )
    .get() as { id: string } | undefined;
  const other = db.prepare(`SELECT id FROM meetings WHERE body_id = ? AND id <> ? AND deleted_at IS NULL ORDER BY start_date DESC LIMIT 1`).get(anyMeeting.bodyId, anyMeeting.id) as { id: string } | undefined;
  return {
    statusFilter,
    deepCursor: cursor ?? '',
    deepPage: deepPages + 1,
    endCursor: cursorOf(near.d, near.id),
    leadAgencyId,
    fullName,
    commonName,
    meetingId: anyMeeting.id,
    reportMeetingId: report?.id ?? anyMeeting.id,
    createMeetingId: other?.id ?? anyMeeting.id,
    bodyId: anyMeeting.bodyId,
  };
}

export function interactiveOps(db: Db, raw: Database, dispatch: Dispatch, fx: Fixtures, runs: number): Op[] {
  const st = new Map<string, Statement>();
  const q = (sql: string) => {
    let s = st.get(sql);
    if (!s) st.set(sql, (s = raw.prepare(sql)));
    return s;
  };
  const call = (method: string, input: unknown) => () => ok(method, dispatch(method, input));
  const today = BENCH_DATE;
  const list = (extra: Record<string, unknown>) => ({ sort: { field: 'dueDate', dir: 'asc' }, limit: 50, ...extra });
  // `+t.status`: a few statuses match most rows, the due-date index leads (a hand-written query
  // would do the same once its plan is read: without it page 1 sorts every open item).
  const listFloor = (where: string, params: unknown[]) => () => q(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE t.deleted_at IS NULL AND ${where} ORDER BY t.due_date, t.id LIMIT 51`).all(...params);
  const decode = (c: string) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as [string | null, string];
  const [deepValue, deepId] = decode(fx.deepCursor || cursorOf('0000-00-00', ''));
  const [endValue, endId] = decode(fx.endCursor);

  // The screen shows the newest records first (an index's rowid is search_docs.doc_id, in the
  // order the records were indexed). Each kind has its own index: the hand-written equivalent
  // reads each backwards, stops at the limit, and merges, as the app does (ranking every match
  // instead costs seconds for 'ng').
  const kindsNewest = SEARCH_ENTITIES.map((k) => `SELECT * FROM (SELECT rowid AS doc_id FROM search_fts_${k} WHERE search_fts_${k} MATCH @text ORDER BY rowid DESC LIMIT 20)`).join(' UNION ALL ');
  const searchFloor = (text: string) => () =>
    q(`SELECT d.entity, d.entity_id AS id, d.title, d.subtitle FROM (${kindsNewest}) hit CROSS JOIN search_docs d ON d.doc_id = hit.doc_id ORDER BY hit.doc_id DESC LIMIT 20`).all({ text });
  /** The ids of one kind's records whose text holds the words, from that kind's index. */
  const kindMatches = (kind: string) => `SELECT d.entity_id FROM search_fts_${kind} f CROSS JOIN search_docs d ON d.doc_id = f.rowid WHERE f.search_fts_${kind} MATCH ?`;
  const boundedCount = (where: string) =>
    `SELECT count(*) AS n FROM (SELECT 1 FROM search_fts_action_item f CROSS JOIN search_docs d ON d.doc_id = f.rowid CROSS JOIN action_items t ON t.id = d.entity_id
      WHERE f.search_fts_action_item MATCH ? AND t.deleted_at IS NULL${where} LIMIT 1001)`;
  const foldedPrefixes = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .split(/\s+/)
      .map((t) => `"${t}"*`)
      .join(' ');

  let created: { id: string; version: number } | null = null;
  let floorItem: { id: string; version: number } | null = null;
  let n = 0;
  const ctxNow = () => new Date().toISOString();
  const createInput = () => ({
    title: `Góp ý dự thảo Tuyên bố chung ASEAN về đa dạng sinh học (bench ${++n})`,
    description: 'Tổng hợp ý kiến các đơn vị; gửi Ban Thư ký ASEAN trước thời hạn.',
    // Another meeting than the one whose page is measured: that page counts the meeting's items.
    sourceMeetingId: fx.createMeetingId,
    sourceRef: 'Báo cáo kết quả ASOEN, đoạn 12',
    bodyId: fx.bodyId,
    leadAgencyId: fx.leadAgencyId,
    supportingAgencyIds: [],
    dueDate: addDays(today, 45),
    status: 'open',
    priority: 'normal',
  });
  let appStatus = 'open';
  let floorStatus = 'open';

  return [
    {
      op: 'today.summary',
      runs,
      run: call('today.summary', { date: today }),
      // What the screen gets: twelve of each list (the nearest meetings with their readiness, the
      // longest overdue and the nearest due items with their names, the bodies without a focal
      // point), the totals of those that stop short, and the latest changes.
      floor: () => {
        const horizon = addDays(today, 90);
        const upcomingWhere = `m.deleted_at IS NULL AND m.end_date >= ? AND m.start_date <= ? AND m.status IN ('planned', 'confirmed') AND m.parent_id IS NULL`;
        const upcoming = q(
          `SELECT m.*, b.code AS bodyCode, d.id AS delegationId, d.decision_number AS decisionNumber,
                  (SELECT count(*) FROM meetings r WHERE r.parent_id = m.id AND r.deleted_at IS NULL) AS relatedCount
             FROM meetings m JOIN bodies b ON b.id = m.body_id
             LEFT JOIN delegations d ON d.meeting_id = m.id AND d.deleted_at IS NULL
            WHERE ${upcomingWhere}
            ORDER BY m.start_date, m.id LIMIT ${TODAY_LIMIT}`,
        ).all(today, horizon) as Array<{ id: string; delegationId: string | null }>;
        // Totals are counted up to the cap (Today says "1.000+" beyond it).
        const capped = (from: string) => `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1})`;
        if (upcoming.length === TODAY_LIMIT) q(capped(`FROM meetings m WHERE ${upcomingWhere}`)).get(today, horizon);
        const dels = JSON.stringify(upcoming.map((u) => u.delegationId).filter(Boolean));
        q(
          `SELECT m.delegation_id, m.person_id, p.full_name, p.passport_expiry, m.role, m.travel_to FROM delegation_members m JOIN people p ON p.id = m.person_id
            WHERE m.delegation_id IN (SELECT value FROM json_each(?)) AND m.deleted_at IS NULL ORDER BY m.delegation_id, m.sort_order`,
        ).all(dels);
        q(`SELECT meeting_id FROM exports WHERE meeting_id IN (SELECT value FROM json_each(?)) AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL`).all(
          JSON.stringify(upcoming.map((u) => u.id)),
        );
        const open = `t.deleted_at IS NULL AND t.status IN ('open', 'in_progress', 'blocked')`;
        const dueList = (range: string, params: string[]) => {
          const rows = q(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE t.deleted_at IS NULL AND +t.status IN ('open', 'in_progress', 'blocked') AND ${range} ORDER BY t.due_date, t.id LIMIT ${TODAY_LIMIT}`).all(...params);
          if (rows.length === TODAY_LIMIT) q(capped(`FROM action_items t WHERE ${open} AND ${range}`)).get(...params);
        };
        dueList('t.due_date <= ?', [addDays(today, -1)]);
        dueList('t.due_date >= ? AND t.due_date <= ?', [today, addDays(today, 30)]);
        // No focal point on the date: the body's latest coverage interval starting by then does not reach it.
        const without = `FROM bodies b WHERE b.deleted_at IS NULL
              AND NOT coalesce((SELECT c.valid_to IS NULL OR c.valid_to >= @date FROM focal_coverage c WHERE c.body_id = b.id AND c.valid_from <= @date ORDER BY c.valid_from DESC LIMIT 1), 0)`;
        const gaps = q(`SELECT b.id, b.code, b.name_vi AS nameVi, b.name_en AS nameEn, b.kind ${without} ORDER BY b.code LIMIT ${TODAY_LIMIT}`).all({ date: today });
        if (gaps.length === TODAY_LIMIT) q(capped(without)).get({ date: today });
        return q(`SELECT c.*, d.title FROM change_log c LEFT JOIN search_docs d ON d.entity_id = c.entity_id ORDER BY c.seq DESC LIMIT 15`).all();
      },
    },
    {
      op: 'actionItems.list page 1 (status, by due date)',
      runs,
      run: call('actionItems.list', list({ filter: { status: fx.statusFilter } })),
      floor: listFloor(`+t.status IN ('open', 'in_progress')`, []),
    },
    {
      op: `actionItems.list deep page ${fx.deepPage} (cursor)`,
      runs,
      run: call('actionItems.list', list({ filter: { status: fx.statusFilter }, cursor: fx.deepCursor })),
      // A cursor still in the undated head of the list (NULL due dates sort first) continues there.
      floor:
        deepValue === null
          ? listFloor(`+t.status IN ('open', 'in_progress') AND t.due_date IS NULL AND t.id > ?`, [deepId])
          : listFloor(`+t.status IN ('open', 'in_progress') AND (t.due_date, t.id) > (?, ?)`, [deepValue, deepId]),
    },
    {
      op: 'actionItems.list near the end (cursor)',
      runs,
      run: call('actionItems.list', list({ filter: { status: fx.statusFilter }, cursor: fx.endCursor })),
      floor: listFloor(`+t.status IN ('open', 'in_progress') AND (t.due_date, t.id) > (?, ?)`, [endValue, endId]),
    },
    {
      op: 'actionItems.list filter change (blocked + lead agency)',
      runs,
      run: call('actionItems.list', list({ filter: { status: ['blocked', 'open'], leadAgencyId: fx.leadAgencyId } })),
      floor: listFloor(`+t.status IN ('blocked', 'open') AND t.lead_agency_id = ?`, [fx.leadAgencyId]),
    },
    { op: "search.global 'ng' (2 letters)", runs, run: call('search.global', { q: 'ng' }), floor: searchFloor('"ng"*') },
    { op: "search.global 'nguye' (5 letters)", runs, run: call('search.global', { q: 'nguye' }), floor: searchFloor('"nguye"*') },
    { op: `search.global full name`, runs, run: call('search.global', { q: fx.fullName }), floor: searchFloor(foldedPrefixes(fx.fullName)) },
    {
      op: `search.global full name of common words`,
      runs,
      run: call('search.global', { q: fx.commonName }),
      floor: searchFloor(foldedPrefixes(fx.commonName)),
    },
    {
      // The focal-point screen: a page of 50 bodies in the matrix's order, who answered for them
      // on the date, and how many bodies had nobody (three requests, as the screen makes them).
      op: 'focal matrix 2015-06-01: a page of 50 bodies, their assignments, the gap count',
      runs,
      run: () => {
        const page = ok<{ items: Array<{ id: string }> }>('bodies.list', dispatch('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 50 }));
        ok('focalPoints.asOf', dispatch('focalPoints.asOf', { date: '2015-06-01', bodyIds: page.items.map((b) => b.id) }));
        return ok('focalPoints.coverage', dispatch('focalPoints.coverage', { date: '2015-06-01' }));
      },
      floor: () => {
        // Bodies in bodies_pillar_order (pillar_code: the pillar's code kept by triggers).
        const page = q(
          `SELECT b.*, coalesce(b.pillar_code, '') || ' ' || b.code AS k FROM bodies b WHERE b.deleted_at IS NULL
            ORDER BY coalesce(b.pillar_code, '') || ' ' || b.code, b.id LIMIT 51`,
        ).all() as Array<{ id: string }>;
        const half = (cond: string) =>
          `SELECT f.* FROM json_each(@ids) j CROSS JOIN focal_assignments f ON f.body_id = j.value WHERE f.deleted_at IS NULL AND ${cond}`;
        q(
          `WITH fa AS (${half('f.valid_to IS NULL AND f.valid_from <= @date')} UNION ALL ${half('f.valid_to >= @date AND +f.valid_from <= @date')})
           SELECT fa.id, fa.version, fa.body_id, b.code, b.name_vi, b.name_en, fa.role, fa.agency_id, a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
                  fa.person_id, p.full_name, fa.legal_basis_id, lb.number, lb.issued_on, fa.valid_from, fa.valid_to
             FROM fa JOIN bodies b ON b.id = fa.body_id JOIN agencies a ON a.id = fa.agency_id
             LEFT JOIN people p ON p.id = fa.person_id LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id
            ORDER BY b.code, fa.role, a.code`,
        ).all({ date: '2015-06-01', ids: JSON.stringify(page.slice(0, 50).map((b) => b.id)) });
        // The gap count: live bodies less the coverage intervals containing the date (one per
        // covered body), as the app counts them.
        q(`SELECT count(*) FROM bodies WHERE deleted_at IS NULL`).get();
        return q(`SELECT count(*) FROM focal_coverage WHERE valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date)`).get({ date: '2015-06-01' });
      },
    },
    {
      op: 'meetings.overview (with delegation)',
      runs,
      run: call('meetings.overview', { id: fx.meetingId }),
      floor: () => {
        q(
          `SELECT m.*, b.code, b.name_vi, b.name_en, b.kind, c.code AS hostCode, c.name_vi AS hostVi, c.name_en AS hostEn,
                  (SELECT count(*) FROM meetings r WHERE r.parent_id = m.id AND r.deleted_at IS NULL) AS relatedCount
             FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN countries c ON c.id = m.host_country_id WHERE m.id = ?`,
        ).get(fx.meetingId);
        q(
          `SELECT m.*, (SELECT count(*) FROM meetings r WHERE r.parent_id = m.id AND r.deleted_at IS NULL) AS relatedCount
             FROM meetings m WHERE m.parent_id = ? AND m.deleted_at IS NULL ORDER BY m.start_date, m.id LIMIT 201`,
        ).all(fx.meetingId);
        const d = q(
          `SELECT d.*, (SELECT h.person_id FROM delegation_members h WHERE h.delegation_id = d.id AND h.role = 'head' AND h.deleted_at IS NULL) AS headPersonId
             FROM delegations d WHERE d.meeting_id = ? AND d.deleted_at IS NULL`,
        ).get(fx.meetingId) as { id: string } | undefined;
        q(
          `SELECT m.*, p.full_name, p.passport_name, p.passport_expiry, p.position AS personPosition, p.email, p.phone, a.code, a.name_vi, a.name_en
             FROM delegation_members m JOIN people p ON p.id = m.person_id LEFT JOIN agencies a ON a.id = m.agency_id
            WHERE m.delegation_id = ? AND m.deleted_at IS NULL ORDER BY m.sort_order, p.full_name`,
        ).all(d?.id ?? '');
        q(`SELECT 1 FROM exports WHERE meeting_id = ? AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL LIMIT 1`).get(fx.meetingId);
        return q(`SELECT count(*) AS n FROM action_items WHERE source_meeting_id = ? AND deleted_at IS NULL`).get(fx.meetingId);
      },
    },
    {
      op: 'actionItems.create',
      runs,
      run: () => {
        const row = ok<{ id: string; version: number }>('actionItems.create', dispatch('actionItems.create', createInput()));
        created = { id: row.id, version: row.version };
        return row;
      },
      floor: raw.transaction(() => {
        const id = newId();
        const now = ctxNow();
        const v = createInput();
        q(
          `INSERT INTO action_items (id, created_at, updated_at, version, title, description, source_meeting_id, source_ref, body_id, lead_agency_id, owner_person_id, due_date, status, priority, completed_on, completion_note)
           VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, 'open', 'normal', NULL, NULL)`,
        ).run(id, now, now, v.title, v.description, v.sourceMeetingId, v.sourceRef, v.bodyId, v.leadAgencyId, v.dueDate);
        q(`INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id) VALUES ('action_item', ?, 'create', NULL, ?, ?, 'bench-floor')`).run(id, JSON.stringify(v), now);
        q(`INSERT INTO search_docs (entity, entity_id, title, subtitle, folded) VALUES ('action_item', ?, ?, ?, ?)`).run(id, v.title, v.sourceRef, v.title.toLowerCase());
        // Read back with its names, as the screen shows it.
        q(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE t.id = ?`).get(id);
        floorItem = { id, version: 1 };
      }).immediate as () => void,
    },
    // The search boxes of the lists and the pickers: the list (by its sort) of the records of one
    // kind whose text matches, and, for Action items, their count beside it (up to 1,001). These
    // words are in hundreds of thousands of records: the list is read in its order (its index),
    // each row's search document checked for the words, until a page; the count reads the
    // words' matches and stops at 1,001 (db/repo/core.ts, searchTuning).
    {
      op: "people picker: people.list 'ng' (30 by name)",
      runs: Math.min(runs, 20),
      run: call('people.list', { q: 'ng', limit: 30 }),
      floor: () =>
        q(
          `SELECT t.* FROM people t WHERE t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM search_docs d WHERE d.entity_id = t.id AND (' ' || d.folded) GLOB '*[^a-z0-9]ng*')
            ORDER BY t.full_name, t.id LIMIT 31`,
        ).all(),
    },
    {
      op: "actionItems.list search box 'báo cáo' (page 1 by due date, and the count up to 1,001)",
      runs: Math.min(runs, 20),
      run: () => {
        ok('actionItems.list', dispatch('actionItems.list', list({ q: 'báo cáo' })));
        return ok('actionItems.count', dispatch('actionItems.count', { q: 'báo cáo' }));
      },
      floor: () => {
        const holds = `EXISTS (SELECT 1 FROM search_docs d WHERE d.entity_id = t.id AND (' ' || d.folded) GLOB '*[^a-z0-9]bao*' AND (' ' || d.folded) GLOB '*[^a-z0-9]cao*')`;
        q(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE t.deleted_at IS NULL AND ${holds} ORDER BY t.due_date, t.id LIMIT 51`).all();
        return q(boundedCount('')).get('"bao"* "cao"*');
      },
    },
    // Words common on the desk but rarer in the list searched: each list reads its own kind's
    // matches (migration search_by_kind), sorts them, and shows a page.
    {
      op: "meetings.list search box 'ng' (50 by start date)",
      runs: Math.min(runs, 20),
      run: call('meetings.list', { q: 'ng', limit: 50, sort: { field: 'startDate', dir: 'desc' } }),
      floor: () =>
        q(`SELECT t.* FROM meetings t WHERE t.deleted_at IS NULL AND t.id IN (${kindMatches('meeting')}) ORDER BY t.start_date DESC, t.id DESC LIMIT 51`).all('"ng"*'),
    },
    {
      op: "people.list search box 'nguyễn văn' (100 by name)",
      runs: Math.min(runs, 20),
      run: call('people.list', { q: 'nguyễn văn', limit: 100 }),
      floor: () => q(`SELECT t.* FROM people t WHERE t.deleted_at IS NULL AND t.id IN (${kindMatches('person')}) ORDER BY t.full_name, t.id LIMIT 101`).all('"nguyen"* "van"*'),
    },
    {
      op: "actionItems.count 'báo cáo' among the blocked (up to 1,001)",
      runs: Math.min(runs, 20),
      run: call('actionItems.count', { q: 'báo cáo', filter: { status: ['blocked'] } }),
      floor: () => q(boundedCount(` AND t.status = 'blocked'`)).get('"bao"* "cao"*'),
    },
    {
      op: 'actionItems.update (status)',
      runs,
      run: () => {
        if (!created) throw new Error('create ran first');
        const status = (appStatus = appStatus === 'open' ? 'in_progress' : 'open');
        const row = ok<{ id: string; version: number }>('actionItems.update', dispatch('actionItems.update', { id: created.id, version: created.version, changes: { status } }));
        created = { id: row.id, version: row.version };
        return row;
      },
      // As the screen needs it: the record read (its version and what the log records as
      // "before"), changed, logged, and read back with its names for the screen.
      floor: raw.transaction(() => {
        if (!floorItem) throw new Error('floor create ran first');
        const current = q(`SELECT version, status FROM action_items WHERE id = ? AND deleted_at IS NULL`).get(floorItem.id) as { version: number; status: string };
        if (current.version !== floorItem.version) throw new Error('floor update: stale version');
        const before = floorStatus;
        const status = (floorStatus = floorStatus === 'open' ? 'in_progress' : 'open');
        const now = ctxNow();
        const r = q(`UPDATE action_items SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`).run(status, now, floorItem.id, floorItem.version);
        if (r.changes !== 1) throw new Error('floor update missed');
        q(`SELECT ${ITEM_COLS} FROM ${ITEM_FROM} WHERE t.id = ?`).get(floorItem.id);
        q(`INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id) VALUES ('action_item', ?, 'update', ?, ?, ?, 'bench-floor')`).run(
          floorItem.id,
          JSON.stringify({ status: before }),
          JSON.stringify({ status }),
          now,
        );
        floorItem = { id: floorItem.id, version: floorItem.version + 1 };
      }).immediate as () => void,
    },
  ];
}
