// Many realistic action items, quickly: for tests that need volume and for the 100,000-row
// measurement in the browser. Rows go through the real repository (change log and search
// index included) inside one transaction, so what the app reads is what it would have written.
import { addDays, dayOf } from '../../common/clock';
import { mulberry32 } from '../../db/seed/generator/random';
import { TEST_NOW } from './app';
import { PRIORITIES, type ActionStatus, type Priority } from '../../common/enums';
import type { Db } from '../../db/open';
import { actionItems } from '../../db/repo/actionItems';
import type { WriteContext } from '../../db/repo/core/repository';
import { foldText } from '../../common/fold';

export interface BulkOptions {
  /** Seed of the pseudo-random choices: the same seed gives the same rows. */
  seed?: number;
  /** The write context of the rows (their createdAt and the change log's device). */
  ctx?: Partial<WriteContext>;
  /** Due dates are spread around this day ('YYYY-MM-DD'): from two years before to one after. */
  around?: string;
  /** Only these lead agencies (ids); by default every live agency. */
  leadAgencyIds?: string[];
  /** Share of rows without a due date (0–1). */
  undatedShare?: number;
  /**
   * 'repository' (the default): every row through actionItems.create, exactly as the app writes.
   * 'sql': a few set-based INSERT … SELECT statements (items, change log, search index), for
   * volumes where the repository is too slow (see insertActionItemsSql).
   */
  method?: 'repository' | 'sql';
}

export interface BulkResult {
  count: number;
  ms: number;
}

const VERBS = [
  'Góp ý dự thảo',
  'Tổng hợp ý kiến về',
  'Chuẩn bị báo cáo quốc gia về',
  'Cử cán bộ tham dự hội thảo về',
  'Trình Lãnh đạo Bộ phê duyệt',
  'Rà soát tiến độ thực hiện',
  'Đề xuất đầu mối phối hợp cho',
  'Dịch và gửi Ban Thư ký ASEAN',
  'Hoàn thiện hồ sơ',
  'Xây dựng kế hoạch triển khai',
];

const OBJECTS = [
  'Tuyên bố chung ASEAN về biến đổi khí hậu',
  'Kế hoạch hành động về đa dạng sinh học',
  'Khung chiến lược về quản lý chất thải nhựa',
  'Báo cáo hiện trạng môi trường ASEAN',
  'chương trình hợp tác về thành phố bền vững',
  'lộ trình kiểm soát ô nhiễm khói mù xuyên biên giới',
  'đề cử Vườn di sản ASEAN',
  'sáng kiến quản lý tổng hợp tài nguyên nước',
  'tài liệu giáo dục môi trường cho trường học',
  'dự án hợp tác với Nhật Bản về đất than bùn',
  'kết quả Hội nghị ASOEN lần thứ 36',
  'nội dung môi trường trong văn kiện Hội nghị Cấp cao',
];

const SUFFIXES = ['', '', ' (đợt 1)', ' (đợt 2)', ' năm 2026', ' năm 2027', ' — phối hợp với Bộ Ngoại giao', ' — lấy ý kiến địa phương'];

const REFS = ['Báo cáo kết quả ASOEN-35', 'Báo cáo tổng kết năm 2025', 'Biên bản họp AWGNCB', 'Công văn của Ban Thư ký ASEAN', 'Kế hoạch công tác 2026'];

// Realistic mix: most items are open or in progress, many done, a few blocked or cancelled.
const STATUS_WEIGHTS: Array<[ActionStatus, number]> = [
  ['open', 35],
  ['in_progress', 25],
  ['done', 30],
  ['blocked', 5],
  ['cancelled', 5],
];

function weighted<T>(rnd: () => number, weights: Array<[T, number]>): T {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of weights) {
    x -= w;
    if (x < 0) return v;
  }
  return weights[weights.length - 1]![0];
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/**
 * Creates `n` action items through the repository in ONE transaction: Vietnamese titles with
 * diacritics, varied statuses, priorities, due dates, lead agencies (existing ones), owners and
 * bodies. Returns how long it took.
 */
export function insertActionItems(db: Db, n: number, options: BulkOptions = {}): BulkResult {
  if (options.method === 'sql') return insertActionItemsSql(db, n, options);
  // The generator's own seeded stream: tests stay reproducible without a dependency.
  const rnd = mulberry32(options.seed ?? 20260301);
  const ctx: WriteContext = { now: options.ctx?.now ?? TEST_NOW, deviceId: options.ctx?.deviceId ?? 'bulk-test' };
  const around = options.around ?? dayOf(new Date(ctx.now));
  const undated = options.undatedShare ?? 0.05;
  const agencyIds =
    options.leadAgencyIds ?? (db.prepare('SELECT id FROM agencies WHERE deleted_at IS NULL ORDER BY code').pluck().all() as string[]);
  if (agencyIds.length === 0) throw new Error('insertActionItems: there are no agencies to lead the items');
  const people = db.prepare('SELECT id FROM people WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];
  const bodies = db.prepare('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code').pluck().all() as string[];
  const meetings = db.prepare('SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY start_date').pluck().all() as string[];

  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const status = weighted(rnd, STATUS_WEIGHTS);
      const dueDate = rnd() < undated ? null : addDays(around, Math.floor(rnd() * 1095) - 730);
      const priority: Priority = weighted(rnd, [
        [PRIORITIES[0], 2],
        [PRIORITIES[1], 6],
        [PRIORITIES[2], 2],
      ]);
      const supporters = rnd() < 0.3 ? [pick(rnd, agencyIds)] : [];
      const lead = pick(rnd, agencyIds);
      actionItems.create(db, ctx, {
        title: `${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}${pick(rnd, SUFFIXES)} (#${i + 1})`,
        description: rnd() < 0.3 ? 'Nội dung chi tiết theo công văn hướng dẫn; cần xác nhận với đơn vị chủ trì.' : null,
        sourceRef: rnd() < 0.5 ? pick(rnd, REFS) : null,
        sourceMeetingId: meetings.length > 0 && rnd() < 0.4 ? pick(rnd, meetings) : null,
        bodyId: bodies.length > 0 && rnd() < 0.8 ? pick(rnd, bodies) : null,
        leadAgencyId: lead,
        supportingAgencyIds: supporters.filter((s) => s !== lead),
        ownerPersonId: people.length > 0 && rnd() < 0.7 ? pick(rnd, people) : null,
        dueDate,
        status,
        priority,
        completedOn: status === 'done' && dueDate ? addDays(dueDate, Math.floor(rnd() * 10) - 5) : null,
        completionNote: null,
      });
    }
  }).immediate();
  return { count: n, ms: Math.round(performance.now() - started) };
}

const DESCRIPTION = 'Nội dung chi tiết theo công văn hướng dẫn; cần xác nhận với đơn vị chủ trì.';

/**
 * The same kind of rows as insertActionItems, made by SQLite in a few set-based statements:
 * a temporary table of generated rows, then INSERT … SELECT into action_items, change_log (a
 * 'create' entry with the same fields the repository logs) and search_docs (whose triggers fill
 * the FTS index). Titles are composed from the same templates, folded in JS beforehand, so search
 * finds them as it finds rows written by the app. Differences from the repository path: no
 * supporting agencies, no per-row reference checks (the ids are picked from live rows), and the
 * pseudo-random choices come from integer hashes of the row number instead of the generator.
 */
export function insertActionItemsSql(db: Db, n: number, options: BulkOptions = {}): BulkResult {
  const now = options.ctx?.now ?? TEST_NOW;
  const deviceId = options.ctx?.deviceId ?? 'bulk-test';
  const around = options.around ?? dayOf(new Date(now));
  const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
  const agencies = options.leadAgencyIds ?? ids('SELECT id FROM agencies WHERE deleted_at IS NULL ORDER BY code');
  if (agencies.length === 0) throw new Error('insertActionItemsSql: there are no agencies to lead the items');
  const people = ids('SELECT id FROM people WHERE deleted_at IS NULL ORDER BY id');
  const bodies = ids('SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY code');
  const meetings = ids('SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY start_date');
  const undatedPercent = Math.round((options.undatedShare ?? 0.05) * 100);
  const params = {
    n,
    seed: options.seed ?? 20260301,
    // UUIDv7 time part: one millisecond per row, all before the rows' own time.
    ms: Date.parse(now) - n - 60_000,
    now,
    device: deviceId,
    around,
    undated: undatedPercent,
    verbs: JSON.stringify(VERBS),
    fverbs: JSON.stringify(VERBS.map(foldText)),
    nv: VERBS.length,
    objects: JSON.stringify(OBJECTS),
    fobjects: JSON.stringify(OBJECTS.map(foldText)),
    no: OBJECTS.length,
    suffixes: JSON.stringify(SUFFIXES),
    fsuffixes: JSON.stringify(SUFFIXES.map(foldText)),
    ns: SUFFIXES.length,
    refs: JSON.stringify(REFS),
    frefs: JSON.stringify(REFS.map(foldText)),
    nr: REFS.length,
    description: DESCRIPTION,
    fdescription: foldText(DESCRIPTION),
    agencies: JSON.stringify(agencies),
    na: agencies.length,
    people: JSON.stringify(people),
    np: Math.max(people.length, 1),
    hasPeople: people.length > 0 ? 1 : 0,
    bodies: JSON.stringify(bodies),
    nb: Math.max(bodies.length, 1),
    hasBodies: bodies.length > 0 ? 1 : 0,
    meetings: JSON.stringify(meetings),
    nm: Math.max(meetings.length, 1),
    hasMeetings: meetings.length > 0 ? 1 : 0,
  };
  // Numbers bind as REAL in better-sqlite3; the arithmetic below needs INTEGER (BigInt binds so).
  for (const [key, value] of Object.entries(params)) if (typeof value === 'number') (params as Record<string, unknown>)[key] = BigInt(value);
  const at = (arr: string, index: string) => `json_extract(@${arr}, '$[' || (${index}) || ']')`;
  const started = performance.now();
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS temp.bulk_rows');
    db.prepare(
      `CREATE TEMP TABLE bulk_rows AS
       WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < @n),
       h AS (
         SELECT i,
                ((i + @seed) * 2654435761) % 4294967296 AS a,
                ((i + @seed) * 40503 + 12345) % 65521 AS b,
                ((i + @seed) * 2246822519) % 4294967291 AS c
           FROM seq
       ),
       r AS (
         SELECT i, a, b, c,
                printf('%08x-%04x-7%03x-%04x-%012x', (@ms + i) / 65536, (@ms + i) % 65536, a % 4096, 32768 + (b % 16384), (c % 4294967296) * 65536 + (a % 65536)) AS id,
                a % @nv AS v, (a / @nv) % @no AS o, b % @ns AS s, (c / 7) % @nr AS rf,
                (a / 97) % 10 < 3 AS withDescription,
                (b / 7) % 2 = 0 AS withRef,
                CASE WHEN c % 100 < 35 THEN 'open' WHEN c % 100 < 60 THEN 'in_progress' WHEN c % 100 < 90 THEN 'done' WHEN c % 100 < 95 THEN 'blocked' ELSE 'cancelled' END AS status,
                CASE WHEN b % 10 < 2 THEN 'low' WHEN b % 10 < 8 THEN 'normal' ELSE 'high' END AS priority,
                CASE WHEN (a / 13) % 100 < @undated THEN NULL ELSE date(@around, ((a / 7) % 1095 - 730) || ' days') END AS dueDate
           FROM h
       )
       SELECT i, id, status, priority, dueDate,
              ${at('verbs', 'v')} || ' ' || ${at('objects', 'o')} || ${at('suffixes', 's')} || ' (#' || (i + 1) || ')' AS title,
              ${at('fverbs', 'v')} || ' ' || ${at('fobjects', 'o')} || ${at('fsuffixes', 's')} || ' (#' || (i + 1) || ')'
                || CASE WHEN withDescription THEN ' ' || @fdescription ELSE '' END
                || CASE WHEN withRef THEN ' ' || ${at('frefs', 'rf')} ELSE '' END AS folded,
              CASE WHEN withDescription THEN @description END AS description,
              CASE WHEN withRef THEN ${at('refs', 'rf')} END AS sourceRef,
              ${at('agencies', '(c / 100) % @na')} AS leadAgencyId,
              CASE WHEN @hasPeople AND (b / 11) % 10 < 7 THEN ${at('people', '(a / 13) % @np')} END AS ownerPersonId,
              CASE WHEN @hasBodies AND (c / 13) % 10 < 8 THEN ${at('bodies', '(b / 3) % @nb')} END AS bodyId,
              CASE WHEN @hasMeetings AND (a / 31) % 10 < 4 THEN ${at('meetings', '(c / 17) % @nm')} END AS sourceMeetingId,
              CASE WHEN status = 'done' AND dueDate IS NOT NULL THEN date(dueDate, ((b % 10) - 5) || ' days') END AS completedOn
         FROM r`,
    ).run(params);
    db.prepare(
      `INSERT INTO action_items (id, created_at, updated_at, version, title, description, source_meeting_id, source_ref, body_id, lead_agency_id, owner_person_id, due_date, status, priority, completed_on, completion_note)
       SELECT id, @now, @now, 1, title, description, sourceMeetingId, sourceRef, bodyId, leadAgencyId, ownerPersonId, dueDate, status, priority, completedOn, NULL FROM temp.bulk_rows ORDER BY i`,
    ).run({ now });
    db.prepare(
      `INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id)
       SELECT 'action_item', id, 'create', NULL,
              json_object('title', title, 'description', description, 'sourceMeetingId', sourceMeetingId, 'sourceRef', sourceRef, 'bodyId', bodyId,
                          'leadAgencyId', leadAgencyId, 'supportingAgencyIds', json('[]'), 'ownerPersonId', ownerPersonId, 'dueDate', dueDate,
                          'status', status, 'priority', priority, 'completedOn', completedOn, 'completionNote', NULL),
              @now, @device
         FROM temp.bulk_rows ORDER BY i`,
    ).run({ now, device: deviceId });
    db.prepare(
      `INSERT INTO search_docs (entity, entity_id, title, subtitle, folded)
       SELECT 'action_item', id, title, sourceRef, folded FROM temp.bulk_rows ORDER BY i`,
    ).run();
    db.exec('DROP TABLE temp.bulk_rows');
  }).immediate();
  return { count: n, ms: Math.round(performance.now() - started) };
}
