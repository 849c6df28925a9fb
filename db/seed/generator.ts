// The deterministic generator of realistic data at scale N (issue 5: the scale benchmark).
//
// Scale 1 is a real office over thirty years (1996–2027): ~2,000 meetings of the reference
// bodies at their yearly cadence (related back-to-back meetings hung under ASOEN, COP and
// ASOMM meetings), delegations with members, ~10,000 action items with progress updates,
// ~1,000 people with Vietnamese names (diacritics, đ/Đ), ~100 agencies (reference ministries and
// units, provincial departments, institutes) with reorganisations (validity periods and
// successions), and a few thousand focal-point assignments whose histories follow those
// reorganisations. Scale N multiplies every count by N; above 1 it adds synthetic ASEAN bodies
// (expert groups, task forces…) so that each body keeps a realistic history. They form trees
// under the working groups and other reference bodies, a few levels deep with at most ten
// sub-bodies per body, as the real ASEAN tree (planSyntheticTree).
//
// Same scale + seed → identical data (ids included): every choice comes from one seeded
// mulberry32 stream and every id is made from the notional creation time and a counter.
//
// Two ways to write the same rows (same ids, values, order, change-log entries and search
// documents; tests/db/generator.test.ts compares them table by table):
// - 'repository': the real write path, repository.create/update of db/repo/core.ts for every
//   record (reference checks, row read back, change log, search index with its triggers).
// - 'sql': for large scales. It differs from the repository path in exactly these ways:
//   1. the row is INSERTed directly with all its columns (no reference check by SELECT and no
//      read-back; SQLite's foreign keys stay ON, so every reference is still checked);
//   2. the change-log entry is built from the generated values (the same JSON the repository
//      builds from the row it reads back) and appended with the app's own appendChange();
//   3. the search document is written with the app's own upsertSearchDoc() and the entity's
//      own search() function, but the FTS5 triggers are dropped during the load and the FTS
//      index is rebuilt once at the end ('rebuild'), then the triggers are re-created from
//      their saved DDL; likewise the triggers keeping focal_coverage (FOCAL_COVERAGE_REBUILD
//      at the end);
//   4. the secondary indexes of the big tables are dropped during the load and re-created at
//      the end from their saved DDL (sqlite_master), so the schema is byte-identical;
//   5. a status change of an action item does not call upsertSearchDoc at all (the repository
//      calls it, and it leaves the unchanged document alone: same rows either way);
//   6. the connection runs with journal_mode=OFF and synchronous=OFF during the load (the file
//      is a temporary one, renamed when complete) and is switched back to WAL at the end.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { SEARCH_ENTITIES, type ActionStatus, type FocalRole, type MeetingFormat, type MeetingStatus, type MemberRole, type Priority } from '../../common/enums';
import { foldText } from '../../common/fold';
import { openAppDatabase } from '../bootstrap';
import { migrateDatabase } from '../migrate';
import { openDatabase, type Db } from '../open';
import { pruneBackupLog } from '../repo/backup/backupLog';
import { appendChange } from '../repo/core/changeLog';
import type { Repository, Row, WriteContext } from '../repo/core/repository';
import { repositories as repo } from '../repo/repositories';
import { FOCAL_COVERAGE_REBUILD } from '../repo/focalPoints';
import { setMeta } from '../repo/core/meta';
import { ftsTable, upsertSearchDoc } from '../repo/search';
import { statement } from '../repo/core/statements';

export type GeneratorMode = 'repository' | 'sql';

export interface GeneratorOptions {
  scale: number;
  seed?: number;
  mode: GeneratorMode;
  /** The device id written in the change log of generated records. */
  deviceId: string;
  /** "Today" of the generated office: meetings after it are planned, items after it are not due. */
  today?: string;
  progress?: (message: string) => void;
}

export interface GeneratorResult {
  counts: Record<string, number>;
  /** Entity writes (creates and updates) made by the generator. */
  writes: number;
  ms: number;
  writesPerSecond: number;
}

export const GENERATOR_TODAY = '2026-11-21';
export const DEFAULT_SEED = 20260521;
const FIRST_YEAR = 1996;
const LAST_YEAR = 2027;

// ------------------------------------------------------------------ randomness

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  weighted<T>(weights: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of weights) total += w;
    let x = this.next() * total;
    for (const [v, w] of weights) {
      x -= w;
      if (x < 0) return v;
    }
    return weights[weights.length - 1]![0];
  }
}

// ------------------------------------------------------------------ ids and dates

const hex = (v: number, len: number) => v.toString(16).padStart(len, '0');
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A deterministic UUIDv7: 48 bits of notional creation time, then a kind tag, a salt from the
 * seed and a counter, so ids sort by creation time and never repeat within a generated file.
 */
function makeId(ms: number, tag: number, n: number, salt: number): string {
  const t = hex(ms, 12);
  const a = 0x7000 | ((tag & 0xf) << 8) | (salt & 0xff);
  const b = 0x8000 | ((salt >>> 8) & 0x3fff);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${hex(a, 4)}-${hex(b, 4)}-${hex(n, 12)}`;
}

const DAY = 86_400_000;
const dateMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => isoDay(dateMs(d) + n * DAY);
const yearOf = (d: string) => Number(d.slice(0, 4));

// ------------------------------------------------------------------ vocabulary

const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5], ['Vũ', 3.9], ['Võ', 3],
  ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trịnh', 0.5],
  ['Đào', 0.5], ['Mai', 0.4], ['Tạ', 0.3], ['Lương', 0.3], ['Cao', 0.3], ['Lưu', 0.3], ['Chu', 0.2], ['Phùng', 0.2], ['Kiều', 0.1],
];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Đình', 'Công', 'Xuân', 'Quang', 'Tiến', 'Mạnh', 'Trọng', 'Anh', 'Hoàng', 'Bá', 'Ngọc', 'Việt', 'Duy', 'Đăng'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Minh', 'Thùy', 'Phương', 'Kim', 'Lan', 'Diệu', 'Bích', 'Thị Thu', 'Thị Ngọc', 'Thị Hồng', 'Thị Lan'];
const GIVEN_M = [
  'Đông', 'Đại', 'Nam', 'Khoa', 'Hải', 'Bình', 'Tùng', 'Dũng', 'Đạt', 'Đức', 'Hùng', 'Cường', 'Long', 'Quân', 'Huy', 'Sơn', 'Thắng', 'Tuấn',
  'Việt', 'Trung', 'Phong', 'Khải', 'Lâm', 'Thành', 'Toàn', 'Đăng', 'Định', 'Hiếu', 'Kiên', 'Lộc', 'Nghĩa', 'Phúc', 'Quý', 'Tâm', 'Thịnh', 'Vinh',
];
const GIVEN_F = [
  'Hà', 'Anh', 'Mai', 'Nhung', 'Lan', 'Hương', 'Hằng', 'Linh', 'Ngọc', 'Thảo', 'Trang', 'Yến', 'Vân', 'Oanh', 'Phương', 'Quyên', 'Nga', 'Hạnh',
  'Huyền', 'Loan', 'Dung', 'Đào', 'Diệp', 'Giang', 'Hoa', 'Nguyệt', 'Thúy', 'Uyên', 'Xuân', 'Ánh',
];
const POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Chuyên viên', 30], ['Chuyên viên chính', 22], ['Chuyên viên cao cấp', 6], ['Phó Trưởng phòng', 12], ['Trưởng phòng', 9],
  ['Phó Vụ trưởng', 4], ['Vụ trưởng', 2], ['Phó Cục trưởng', 4], ['Cục trưởng', 1.5], ['Nghiên cứu viên', 5], ['Phó Giám đốc', 3], ['Giám đốc', 1.5],
];
const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ', 'Quảng Ninh', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái',
  'Hòa Bình', 'Thái Nguyên', 'Lạng Sơn', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên', 'Thái Bình', 'Hà Nam',
  'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi',
  'Bình Định', 'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước',
  'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp',
  'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Tuyên Quang', 'Hà Giang', 'Cao Bằng', 'Bắc Kạn',
];
/** Units that sit under a ministry or department: [Vietnamese, English, kind]. */
const UNIT_TEMPLATES: ReadonlyArray<readonly [string, string, 'department' | 'unit' | 'centre' | 'office' | 'other']> = [
  ['Viện Khoa học Môi trường', 'Institute of Environmental Sciences', 'other'],
  ['Viện Chiến lược, Chính sách tài nguyên và môi trường', 'Institute of Strategy and Policy on Natural Resources and Environment', 'other'],
  ['Trung tâm Quan trắc môi trường', 'Centre for Environmental Monitoring', 'centre'],
  ['Trung tâm Thông tin và Dữ liệu', 'Information and Data Centre', 'centre'],
  ['Phòng Hợp tác đa phương', 'Multilateral Cooperation Division', 'unit'],
  ['Phòng Hợp tác song phương', 'Bilateral Cooperation Division', 'unit'],
  ['Phòng Đa dạng sinh học', 'Biodiversity Division', 'unit'],
  ['Phòng Quản lý chất thải rắn', 'Solid Waste Management Division', 'unit'],
  ['Phòng Khí hậu và Tăng trưởng xanh', 'Climate and Green Growth Division', 'unit'],
  ['Phòng Tài nguyên nước', 'Water Resources Division', 'unit'],
  ['Ban Quản lý Vườn quốc gia', 'National Park Management Board', 'office'],
  ['Trung tâm Dự báo khí tượng thủy văn', 'Hydro-Meteorological Forecasting Centre', 'centre'],
  ['Văn phòng Chương trình hợp tác', 'Cooperation Programme Office', 'office'],
  ['Cục Quản lý tài nguyên nước', 'Department of Water Resources Management', 'department'],
  ['Cục Lâm nghiệp và Kiểm lâm', 'Department of Forestry and Forest Protection', 'department'],
  ['Cục Biển và Hải đảo', 'Department of Sea and Islands', 'department'],
];
const PARKS = ['Pù Mát', 'Xuân Thủy', 'Cát Tiên', 'Ba Bể', 'Chư Mom Ray', 'Kon Ka Kinh', 'Hoàng Liên', 'Bái Tử Long', 'U Minh Thượng', 'Lò Gò - Xa Mát', 'Đồng Nai', 'Bạch Mã', 'Phong Nha - Kẻ Bàng', 'Cúc Phương'];
const TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ['đất than bùn', 'Peatlands', 'PEAT'],
  ['rác thải nhựa đại dương', 'Marine Plastic Debris', 'MPD'],
  ['chất lượng không khí đô thị', 'Urban Air Quality', 'AQ'],
  ['kinh tế tuần hoàn', 'Circular Economy', 'CE'],
  ['thích ứng biến đổi khí hậu', 'Climate Change Adaptation', 'CCA'],
  ['quản lý lưu vực sông', 'River Basin Management', 'RBM'],
  ['bảo tồn đa dạng sinh học biển', 'Marine Biodiversity Conservation', 'MBC'],
  ['quản lý hóa chất', 'Chemicals Management', 'CHEM'],
  ['giáo dục vì phát triển bền vững', 'Education for Sustainable Development', 'ESD'],
  ['vườn di sản ASEAN', 'ASEAN Heritage Parks', 'AHP'],
  ['phòng cháy rừng và đất', 'Land and Forest Fire Prevention', 'FIRE'],
  ['khoáng sản bền vững', 'Sustainable Minerals Development', 'MIN'],
  ['thành phố carbon thấp', 'Low Carbon Cities', 'LCC'],
  ['quan trắc môi trường', 'Environmental Monitoring', 'MON'],
];
const VERBS = [
  'Góp ý dự thảo', 'Tổng hợp ý kiến các bộ, ngành về', 'Chuẩn bị báo cáo quốc gia về', 'Cử cán bộ tham dự hội thảo về', 'Trình Lãnh đạo Bộ phê duyệt',
  'Rà soát tiến độ thực hiện', 'Đề xuất đầu mối phối hợp cho', 'Dịch và gửi Ban Thư ký ASEAN', 'Hoàn thiện hồ sơ', 'Xây dựng kế hoạch triển khai',
  'Đăng cai tổ chức cuộc họp về', 'Xin ý kiến Bộ Ngoại giao về', 'Báo cáo Thủ tướng Chính phủ về', 'Cập nhật số liệu quốc gia cho',
];
const OBJECTS = [
  'Tuyên bố chung ASEAN về biến đổi khí hậu trình COP của UNFCCC', 'Kế hoạch hành động ASEAN về đa dạng sinh học', 'Khung chiến lược về quản lý chất thải nhựa',
  'Báo cáo hiện trạng môi trường ASEAN', 'chương trình thành phố bền vững về môi trường', 'lộ trình ASEAN không khói mù', 'đề cử Vườn di sản ASEAN',
  'sáng kiến quản lý tổng hợp tài nguyên nước', 'tài liệu giáo dục môi trường cho trường học', 'dự án hợp tác với Nhật Bản về đất than bùn',
  'nội dung môi trường trong văn kiện Hội nghị Cấp cao', 'Tuyên bố chung ASEAN trình COP của Công ước Đa dạng sinh học', 'Tuyên bố ASEAN về tuần hoàn nhựa',
  'Chiến lược quản lý đất than bùn ASEAN', 'Kế hoạch hành động ASEAN về khoáng sản (AMCAP)', 'giải thưởng thành phố bền vững môi trường ASEAN',
  'Nghị quyết của Chính phủ phê duyệt văn kiện', 'hoạt động đối ứng quốc gia năm tới',
];
const UPDATE_NOTES = [
  'Đã gửi công văn xin ý kiến các đơn vị liên quan.', 'Đã nhận ý kiến của Bộ Ngoại giao; đang tổng hợp.', 'Đang chờ kinh phí đối ứng.',
  'Đã trình Lãnh đạo Bộ; chờ phê duyệt.', 'Đã gửi Ban Thư ký ASEAN qua thư điện tử.', 'Cán bộ phụ trách kiêm nhiệm, tiến độ chậm.',
  'Đã họp nhóm công tác trong nước để thống nhất nội dung.', 'Đã hoàn thiện dự thảo lần 2.', 'Đã dịch sang tiếng Anh; đang rà soát.',
  'Đơn vị chủ trì đề nghị gia hạn thời hạn.', 'Đã báo cáo kết quả tại cuộc họp giao ban.',
];
const CITIES: Record<string, readonly string[]> = {
  BN: ['Bandar Seri Begawan'], KH: ['Phnôm Pênh', 'Xiêm Riệp'], ID: ['Gia-các-ta', 'Bogor', 'Bali'], LA: ['Viêng-chăn', 'Luông Pha-băng'],
  MY: ['Kuala Lumpur', 'Langkawi', 'Putrajaya'], MM: ['Nay Pyi Taw', 'Yangon'], PH: ['Manila', 'Cebu'], SG: ['Xinh-ga-po'],
  TH: ['Băng Cốc', 'Chiềng Mai'], VN: ['Hà Nội', 'Đà Nẵng', 'Hạ Long', 'Nha Trang', 'Huế'],
};
const HOST_ROTATION = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];

// ------------------------------------------------------------------ the tree of synthetic bodies

/**
 * The reference bodies that synthetic expert groups and task forces hang under (above scale 1):
 * the working groups under ASOEN, the haze and biodiversity bodies, the minerals and disaster
 * management senior officials, not ASOEN itself (whose direct sub-bodies the ASOEN briefing
 * gathers) nor the councils and dialogues.
 */
export const SYNTHETIC_ROOTS = [
  'AWGCC', 'AWGWRM', 'AWGCME', 'AWGNCB', 'AWGESC', 'AWGCW', 'AWGEE', 'HAZE-WG', 'COM-AATHP', 'ATFP', 'ACB-GB', 'AHPC', 'ASOMM', 'ACDM',
];
/** No body has more direct sub-bodies than this, as in the real ASEAN tree. */
export const MAX_CHILDREN = 10;
const MIN_SYNTHETIC_CHILDREN = 4;

export interface TreeSlot {
  /** A reference body's code, or the index of an earlier synthetic body. */
  parent: string | number;
  /** 1 directly under a reference body, 2 under one of those, … */
  depth: number;
}

/**
 * Where each of `count` synthetic bodies hangs: breadth first, under the reference roots, then
 * under the synthetic bodies of the level above, each parent taking `slots()` children (but
 * never more than MAX_CHILDREN in all, its existing children included). A few levels deep with
 * a bounded number of children per node, as the real ASEAN tree is; parents come before children.
 */
export function planSyntheticTree(count: number, roots: ReadonlyArray<{ code: string; children: number }>, slots: () => number): TreeSlot[] {
  const out: TreeSlot[] = [];
  const queue: Array<{ ref: string | number; depth: number; children: number }> = roots.map((r) => ({ ref: r.code, depth: 0, children: r.children }));
  let progressed = true;
  while (out.length < count && progressed) {
    progressed = false;
    for (let qi = 0; qi < queue.length && out.length < count; qi++) {
      const node = queue[qi]!;
      const take = Math.min(Math.max(0, MAX_CHILDREN - node.children), slots(), count - out.length);
      for (let k = 0; k < take; k++) {
        out.push({ parent: node.ref, depth: node.depth + 1 });
        queue.push({ ref: out.length - 1, depth: node.depth + 1, children: 0 });
      }
      node.children += take;
      if (take > 0) progressed = true;
    }
  }
  if (out.length < count) throw new Error(`generator: no room for ${count} synthetic bodies under ${roots.length} roots`);
  return out;
}

// ------------------------------------------------------------------ the writers

interface Writer {
  create(r: Repository, ctx: WriteContext, id: string, values: Record<string, unknown>): void;
  /** `current` is the record before the change, as the generator holds it. */
  update(r: Repository, ctx: WriteContext, id: string, version: number, current: Record<string, unknown>, changes: Record<string, unknown>): void;
}

/** The real write path: the repositories of db/repo/ (repositories.ts lists them). */
function repositoryWriter(db: Db): Writer {
  return {
    create: (r, ctx, id, values) => void r.create(db, ctx, values, { id }),
    update: (r, ctx, id, version, _current, changes) => void r.update(db, ctx, { id, version, changes }),
  };
}

interface TableInfo {
  insert: string;
  stored: string[];
  json: Set<string>;
  col: (f: string) => string;
}

/** The 'sql' writer: see the header of this file for exactly how it differs. */
function sqlWriter(db: Db): Writer {
  const infos = new Map<Repository, TableInfo>();
  const prep = (sql: string) => statement(db, sql);
  const info = (r: Repository): TableInfo => {
    let i = infos.get(r);
    if (i) return i;
    const columns = getTableColumns(r.config.table) as Record<string, SQLiteColumn>;
    const col = (f: string) => columns[f]!.name;
    const stored = r.config.fields.filter((f) => columns[f]);
    const json = new Set(stored.filter((f) => (columns[f] as unknown as { mode?: string }).mode === 'json' || columns[f]!.columnType === 'SQLiteTextJson'));
    const names = ['id', 'created_at', 'updated_at', 'version', ...stored.map(col)];
    const insert = `INSERT INTO "${getTableName(r.config.table)}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    i = { insert, stored, json, col };
    infos.set(r, i);
    return i;
  };
  const param = (i: TableInfo, f: string, v: unknown) => (v === undefined ? null : i.json.has(f) ? JSON.stringify(v) : v);
  /** What the repository reads back for a field (the relation of supporters is sorted, distinct). */
  const readBack = (r: Repository, f: string, v: unknown) => {
    if (r.config.relations?.[f]) return [...new Set((v as string[] | null) ?? [])].sort();
    return v ?? null;
  };
  return {
    create(r, ctx, id, values) {
      const i = info(r);
      for (const f of r.config.fields) if (values[f] === undefined) throw new Error(`generator: ${r.tableName}.${f} left undefined`);
      prep(i.insert).run(id, ctx.now, ctx.now, 1, ...i.stored.map((f) => param(i, f, values[f])));
      for (const [f, rel] of Object.entries(r.config.relations ?? {})) {
        if (f !== 'supportingAgencyIds') throw new Error(`generator: no SQL form for relation ${f}`);
        void rel;
        const ins = prep('INSERT INTO action_item_supporters (action_item_id, agency_id) VALUES (?, ?)');
        for (const agencyId of new Set((values[f] as string[] | null) ?? [])) ins.run(id, agencyId);
      }
      const after: Record<string, unknown> = {};
      for (const f of r.config.fields) after[f] = readBack(r, f, values[f]);
      appendChange(db, ctx, { entity: r.config.entity, entityId: id, op: 'create', before: null, after });
      if (r.config.search) {
        const row = { ...after, id, createdAt: ctx.now, updatedAt: ctx.now, version: 1, deletedAt: null } as Row;
        upsertSearchDoc(db, r.config.entity as never, id, r.config.search(db, row));
      }
    },
    update(r, ctx, id, version, current, changes) {
      const i = info(r);
      const changed = r.config.fields.filter((f) => changes[f] !== undefined && JSON.stringify(changes[f]) !== JSON.stringify(current[f]));
      if (changed.length === 0) return;
      if (changed.some((f) => !i.stored.includes(f))) throw new Error('generator: relation updates are not generated');
      const sql = `UPDATE "${r.tableName}" SET ${[...changed.map((f) => `"${i.col(f)}" = ?`), 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`;
      const res = prep(sql).run(...changed.map((f) => param(i, f, changes[f])), ctx.now, id, version);
      if (res.changes !== 1) throw new Error(`generator: update of ${id} v${version} missed`);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const f of changed) {
        before[f] = readBack(r, f, current[f]);
        after[f] = readBack(r, f, changes[f]);
      }
      appendChange(db, ctx, { entity: r.config.entity, entityId: id, op: 'update', before, after });
    },
  };
}

// ------------------------------------------------------------------ bulk-load scaffolding (sql mode)

const BIG_TABLES = [
  'action_items', 'action_updates', 'action_item_supporters', 'change_log', 'search_docs', 'meetings', 'delegations',
  'delegation_members', 'people', 'focal_assignments', 'agencies',
];
/** Needed while loading: upsertSearchDoc's ON CONFLICT(entity_id) and agencies' live-code uniqueness. */
const KEEP_INDEXES = new Set(['search_docs_entity_id_unique']);

interface Saved {
  indexes: Array<{ name: string; sql: string }>;
  triggers: Array<{ name: string; sql: string }>;
}

function beginBulk(db: Db): Saved {
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const list = (sql: string) => db.prepare(sql).all() as Array<{ name: string; sql: string }>;
  const indexes = list(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BIG_TABLES.map((t) => `'${t}'`).join(', ')}) ORDER BY name`,
  ).filter((i) => !KEEP_INDEXES.has(i.name));
  // The FTS triggers (the index is rebuilt at the end), those keeping focal_coverage (one
  // body's coverage recomputed per write, through the indexes dropped here: rebuilt at the end),
  // and those logging changed rows for backups (a new file has no backup to add to).
  const triggers = list(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (tbl_name = 'search_docs' OR name LIKE 'focal_coverage_%' OR name LIKE 'backup_log_%') ORDER BY name`,
  );
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  return { indexes, triggers };
}

function endBulk(db: Db, saved: Saved, progress: (m: string) => void): void {
  let t = performance.now();
  for (const i of saved.indexes) db.exec(i.sql);
  progress(`  indexes re-created (${saved.indexes.length}) in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  for (const kind of SEARCH_ENTITIES) db.exec(`INSERT INTO ${ftsTable(kind)}(${ftsTable(kind)}) VALUES ('rebuild')`);
  progress(`  search index rebuilt in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  db.exec(FOCAL_COVERAGE_REBUILD);
  for (const tr of saved.triggers) db.exec(tr.sql);
  progress(`  focal-point coverage rebuilt in ${Math.round(performance.now() - t)} ms`);
  db.pragma('synchronous = FULL');
  db.pragma('journal_mode = WAL');
}

// ------------------------------------------------------------------ the model being generated

interface AgencyRec {
  id: string;
  code: string;
  validFrom: string | null;
  validTo: string | null;
  /** The agency that took over when this one ended, if any. */
  successor: number | null;
  people: number[];
}

interface BodyRec {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  cadence: string;
  parentCode: string | null;
  startYear: number;
  seqOffset: number;
}

interface PersonRec {
  id: string;
  agency: number;
  position: string;
  from: number;
  to: number;
}

interface MeetingRec {
  id: string;
  body: BodyRec;
  start: string;
  end: string;
  status: MeetingStatus;
  main: boolean;
  sequence: number | null;
}

export function generateBenchData(db: Db, options: GeneratorOptions): GeneratorResult {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale;
  const today = options.today ?? GENERATOR_TODAY;
  const todayMs = dateMs(today);
  const progress = options.progress ?? (() => undefined);
  const rnd = new Rand(seed);
  const salt = Math.floor(mulberry32(seed ^ 0x5bd1e995)() * 2 ** 22);
  const counters = new Array<number>(16).fill(0);
  const newId = (tag: number, ms: number) => makeId(Math.min(ms, todayMs + 20 * 3_600_000), tag, ++counters[tag]!, salt);
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  let writes = 0;

  const writer = options.mode === 'repository' ? repositoryWriter(db) : sqlWriter(db);
  const saved = options.mode === 'sql' ? beginBulk(db) : null;
  db.pragma('cache_size = -262144');

  /** A write context at a notional instant (never after "today" evening). */
  const ctxAt = (ms: number): WriteContext => ({ now: new Date(Math.min(ms, todayMs + 20 * 3_600_000)).toISOString(), deviceId: options.deviceId });
  const atOfficeHours = (day: string) => dateMs(day) + (1 + rnd.int(0, 8)) * 3_600_000 + rnd.int(0, 3_599_999);
  const create = (r: Repository, ctx: WriteContext, id: string, values: Record<string, unknown>) => {
    writer.create(r, ctx, id, values);
    writes++;
    bump(r.tableName);
  };
  const chunk = (fn: () => void) => db.transaction(fn).immediate();

  // --- reference rows the generator builds on
  const refBodies = db.prepare(`SELECT id, code, name_vi AS nameVi, name_en AS nameEn, kind, cadence, parent_id AS parentId FROM bodies WHERE deleted_at IS NULL ORDER BY code`).all() as Array<{
    id: string; code: string; nameVi: string; nameEn: string; kind: string; cadence: string; parentId: string | null;
  }>;
  const codeById = new Map(refBodies.map((b) => [b.id, b.code]));
  const countries = new Map((db.prepare(`SELECT code, id FROM countries`).all() as Array<{ code: string; id: string }>).map((c) => [c.code, c.id]));
  const legal = new Map((db.prepare(`SELECT number, id FROM legal_bases`).all() as Array<{ number: string; id: string }>).map((l) => [l.number, l.id]));
  const refAgencies = db.prepare(`SELECT id, code, kind, valid_from AS validFrom, valid_to AS validTo FROM agencies WHERE deleted_at IS NULL ORDER BY code`).all() as Array<{
    id: string; code: string; kind: string; validFrom: string | null; validTo: string | null;
  }>;
  const successions = db.prepare(`SELECT p.code AS pred, s.code AS succ FROM agency_successions x JOIN agencies p ON p.id = x.predecessor_id JOIN agencies s ON s.id = x.successor_id ORDER BY x.effective_on, p.code, s.code`).all() as Array<{ pred: string; succ: string }>;

  // ------------------------------------------------------------ agencies
  const agencies: AgencyRec[] = refAgencies.map((a) => ({ id: a.id, code: a.code, validFrom: a.validFrom, validTo: a.validTo, successor: null, people: [] }));
  const agencyIndex = new Map(agencies.map((a, i) => [a.code, i]));
  for (const s of successions) {
    const p = agencyIndex.get(s.pred);
    const q = agencyIndex.get(s.succ);
    if (p !== undefined && q !== undefined && agencies[p]!.successor === null) agencies[p]!.successor = q;
  }
  const ministryIds = refAgencies.filter((a) => a.kind === 'ministry' || a.kind === 'department').map((a) => a.code);
  const targetAgencies = Math.max(agencies.length, Math.round(100 * scale));
  progress(`agencies: ${agencies.length} reference, ${targetAgencies - agencies.length} to generate`);
  const REORG_DATES = ['2003-08-01', '2008-07-01', '2013-01-01', '2017-09-01', '2022-12-31', '2025-02-28'];
  chunk(() => {
    let n = 0;
    while (agencies.length < targetAgencies) {
      n++;
      const provincial = rnd.chance(0.35);
      const validFrom = rnd.chance(0.6) ? null : `${rnd.int(FIRST_YEAR - 6, 2012)}-${pad2(rnd.int(1, 12))}-01`;
      let nameVi: string;
      let nameEn: string;
      let kind: string;
      let parentCode: string;
      if (provincial) {
        const prov = rnd.pick(PROVINCES);
        nameVi = `Sở Tài nguyên và Môi trường ${prov.startsWith('Thành phố') ? prov : `tỉnh ${prov}`}`;
        nameEn = `Department of Natural Resources and Environment of ${foldText(prov).replace(/\b\w/g, (c) => c.toUpperCase())}`;
        kind = 'other';
        parentCode = 'GOV';
      } else {
        const [vi, en, k] = rnd.pick(UNIT_TEMPLATES);
        const park = k === 'office' && vi.startsWith('Ban Quản lý') ? ` ${rnd.pick(PARKS)}` : '';
        nameVi = `${vi}${park}`;
        nameEn = `${en}${park ? ` ${foldText(park).trim().replace(/\b\w/g, (c) => c.toUpperCase())}` : ''}`;
        kind = k;
        parentCode = rnd.pick(ministryIds);
      }
      const code = `G${provincial ? 'P' : 'U'}-${hex(n, 5).toUpperCase()}`;
      const parent = agencies[agencyIndex.get(parentCode)!]!;
      // One agency in six is reorganised: it ends, and a successor takes over the next day.
      const reorg = rnd.chance(1 / 6) ? rnd.pick(REORG_DATES) : null;
      const end = reorg && (!validFrom || validFrom < reorg) ? reorg : parent.validTo;
      const createdMs = validFrom ? atOfficeHours(validFrom) : dateMs('2009-02-01') + n * 60_000;
      const id = newId(1, createdMs);
      const values = {
        code, nameVi, nameEn: nameEn.slice(0, 300), abbreviation: null, kind, parentId: parent.id, validFrom, validTo: end ?? null,
        notes: provincial ? 'Đơn vị địa phương phối hợp triển khai hoạt động đối ứng.' : null,
      };
      create(repo.agencies, ctxAt(createdMs), id, values);
      const idx = agencies.length;
      agencies.push({ id, code, validFrom, validTo: end ?? null, successor: null, people: [] });
      agencyIndex.set(code, idx);
      if (reorg && end === reorg && agencies.length < targetAgencies) {
        const from = plusDays(reorg, 1);
        const merged = reorg === '2025-02-28';
        const succCode = `${code}-${from.slice(0, 4)}`;
        const succParentCode = merged && parentCode.startsWith('MONRE') ? parentCode.replace('MONRE', 'MAE') : parentCode;
        const succParent = agencies[agencyIndex.get(succParentCode) ?? agencyIndex.get('MAE')!]!;
        const succVi = provincial && merged ? nameVi.replace('Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường') : `${nameVi} (tổ chức lại ${from.slice(0, 4)})`;
        const succEn = provincial && merged ? nameEn.replace('Natural Resources and Environment', 'Agriculture and Environment') : `${nameEn} (reorganised ${from.slice(0, 4)})`;
        const sMs = atOfficeHours(from);
        const sid = newId(1, sMs);
        create(repo.agencies, ctxAt(sMs), sid, {
          code: succCode, nameVi: succVi, nameEn: succEn.slice(0, 300), abbreviation: null, kind, parentId: succParent.id, validFrom: from,
          validTo: succParent.validTo && succParent.validTo >= from ? succParent.validTo : null, notes: 'Tổ chức lại; kế thừa chức năng, nhiệm vụ của đơn vị trước.',
        });
        const sIdx = agencies.length;
        agencies.push({ id: sid, code: succCode, validFrom: from, validTo: null, successor: null, people: [] });
        agencyIndex.set(succCode, sIdx);
        agencies[idx]!.successor = sIdx;
        create(repo.agencySuccessions, ctxAt(sMs + 60_000), newId(2, sMs + 60_000), {
          predecessorId: id, successorId: sid, effectiveOn: from, kind: merged ? 'merged' : rnd.pick(['renamed', 'absorbed', 'split'] as const),
          legalBasisId: merged ? (legal.get('35/2025/NĐ-CP') ?? null) : null, notes: null,
        });
      }
    }
  });
  const activeAgencies = (day: string) => agencies.map((_, i) => i).filter((i) => {
    const a = agencies[i]!;
    return (!a.validFrom || a.validFrom <= day) && (!a.validTo || a.validTo >= day);
  });
  const agenciesByYear = new Map<number, number[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) agenciesByYear.set(y, activeAgencies(`${y}-07-01`));

  // ------------------------------------------------------------ people
  const people: PersonRec[] = [];
  const targetPeople = Math.max(20, Math.round(1000 * scale));
  const emailsSeen = new Map<string, number>();
  chunk(() => {
    for (let n = 0; n < targetPeople; n++) {
      const female = rnd.chance(0.5);
      const surname = rnd.weighted(SURNAMES);
      const middle = rnd.pick(female ? MIDDLE_F : MIDDLE_M);
      const given = rnd.pick(female ? GIVEN_F : GIVEN_M);
      const fullName = `${surname} ${middle} ${given}`;
      const from = rnd.int(1988, 2024);
      const to = Math.min(LAST_YEAR, from + rnd.int(6, 34));
      const pool = agenciesByYear.get(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, Math.round((from + to) / 2))))!;
      const agency = pool[rnd.int(0, pool.length - 1)]!;
      const position = rnd.weighted(POSITIONS);
      const folded = foldText(fullName).split(' ');
      const base = `${folded.slice(0, -1).map((w) => w[0]).join('')}${folded.at(-1)}`;
      const k = (emailsSeen.get(base) ?? 0) + 1;
      emailsSeen.set(base, k);
      const createdMs = dateMs(`${Math.max(2009, from)}-01-05`) + n * 1000;
      const id = newId(3, createdMs);
      create(repo.people, ctxAt(createdMs), id, {
        fullName, passportName: foldText(fullName).toUpperCase(), position, agencyId: agencies[agency]!.id,
        email: rnd.chance(0.85) ? `${base}${k > 1 ? k : ''}@example.vn` : null,
        phone: rnd.chance(0.6) ? `+84 24 ${rnd.int(3000, 3999)} ${rnd.int(1000, 9999)}` : null,
        passportExpiry: rnd.chance(0.93) ? plusDays('2024-01-01', rnd.int(0, 12 * 365)) : null,
        notes: rnd.chance(0.1) ? 'Kiêm nhiệm công tác ASEAN.' : null,
      });
      people.push({ id, agency, position, from, to });
      agencies[agency]!.people.push(n);
    }
  });
  const peopleByYear = new Map<number, number[]>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) peopleByYear.set(y, []);
  people.forEach((p, i) => {
    for (let y = Math.max(FIRST_YEAR, p.from); y <= Math.min(LAST_YEAR, p.to); y++) peopleByYear.get(y)!.push(i);
  });
  const someoneIn = (year: number) => {
    const pool = peopleByYear.get(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year)))!;
    return pool.length ? pool[rnd.int(0, pool.length - 1)]! : rnd.int(0, people.length - 1);
  };
  progress(`people: ${people.length}`);

  // ------------------------------------------------------------ bodies (reference; synthetic above scale 1)
  const startYears: Record<string, number> = { ASOEN: 1996, AMME: 1996, SUMMIT: 1996, 'COP-AATHP': 2003, 'COM-AATHP': 2004, ATFP: 2003, ACB: 2005, 'ACB-GB': 2006, AHPC: 2004, ACDM: 2003 };
  const bodies: BodyRec[] = refBodies.map((b) => ({
    id: b.id, code: b.code, nameVi: b.nameVi, nameEn: b.nameEn, kind: b.kind, cadence: b.cadence,
    parentCode: b.parentId ? (codeById.get(b.parentId) ?? null) : null,
    startYear: startYears[b.code] ?? (b.kind === 'dialogue' ? rnd.int(2000, 2012) : rnd.int(1996, 2008)),
    seqOffset: b.code === 'ASOEN' ? 6 : rnd.int(0, 12),
  }));
  const bodyByCode = new Map(bodies.map((b) => [b.code, b]));
  const extraBodies = scale > 1 ? Math.round(refBodies.length * (scale - 1)) : 0;
  if (extraBodies) {
    chunk(() => {
      const childrenOf = new Map<string, number>();
      for (const b of bodies) if (b.parentCode) childrenOf.set(b.parentCode, (childrenOf.get(b.parentCode) ?? 0) + 1);
      const roots = SYNTHETIC_ROOTS.filter((c) => bodyByCode.has(c)).map((code) => ({ code, children: childrenOf.get(code) ?? 0 }));
      const plan = planSyntheticTree(extraBodies, roots, () => rnd.int(MIN_SYNTHETIC_CHILDREN, MAX_CHILDREN));
      const topicOf: number[] = [];
      const pillar = (db.prepare(`SELECT id FROM pillars WHERE code = 'ASCC'`).get() as { id: string }).id;
      for (let n = 1; n <= extraBodies; n++) {
        const at = plan[n - 1]!;
        // A sub-group works on its parent's topic; under a reference body, on any.
        const topic = typeof at.parent === 'number' ? topicOf[at.parent]! : rnd.int(0, TOPICS.length - 1);
        topicOf.push(topic);
        const [vi, en, abbr] = TOPICS[topic]!;
        const parent = typeof at.parent === 'number' ? bodies[refBodies.length + at.parent]! : bodyByCode.get(at.parent)!;
        const kind = at.depth === 1
          ? rnd.weighted([['working_group', 5], ['task_force', 2], ['committee', 2]] as const)
          : rnd.weighted([['working_group', 6], ['task_force', 3]] as const);
        const word = { working_group: ['Nhóm chuyên gia', 'Expert Group'], task_force: ['Lực lượng đặc nhiệm', 'Task Force'], committee: ['Tiểu ban', 'Sub-Committee'] }[kind];
        const code = `X-${abbr}-${n}`;
        const createdMs = dateMs('2009-03-01') + n * 60_000;
        const id = newId(4, createdMs);
        const cadence = rnd.weighted([['annual', 8], ['twice_yearly', 1], ['biennial', 1]] as const);
        create(repo.bodies, ctxAt(createdMs), id, {
          code, nameVi: `${word[0]} ASEAN về ${vi} số ${n}`, nameEn: `ASEAN ${en} ${word[1]} No. ${n}`, pillarId: pillar, kind,
          parentId: parent.id, partnerCountryId: null, cadence, formerCodes: [], notes: null,
        });
        // A sub-group is set up within a couple of years of its parent (so the deeper levels do
        // not start ever later and scale 100 keeps a hundred times the office's meetings).
        const startYear = Math.min(2015, parent.startYear + rnd.int(0, 2));
        const b: BodyRec = { id, code, nameVi: `${word[0]} ASEAN về ${vi} số ${n}`, nameEn: `ASEAN ${en} ${word[1]} No. ${n}`, kind, cadence, parentCode: parent.code, startYear, seqOffset: 0 };
        bodies.push(b);
        bodyByCode.set(code, b);
      }
      progress(`bodies: ${refBodies.length} reference + ${extraBodies} synthetic, ${Math.max(...plan.map((p) => p.depth))} levels below the reference bodies`);
    });
  }

  // ------------------------------------------------------------ focal-point histories
  const tracks: ReadonlyArray<readonly [FocalRole, boolean]> = [
    ['working_group_leader', true], ['deputy', true], ['alternate', true], ['coordinating_agency', false], ['coordinating_agency', false], ['focal_point', true],
  ];
  const basisFor = (day: string) =>
    day >= '2026-01-25' ? legal.get('47/2025/QĐ-TTg') : day >= '2023-11-29' ? legal.get('3610/QĐ-BTNMT') : day >= '2009-01-31' ? legal.get('142/QĐ-TTg') : undefined;
  const focalChunk = 500;
  for (let b0 = 0; b0 < bodies.length; b0 += focalChunk) {
    chunk(() => {
      for (const body of bodies.slice(b0, b0 + focalChunk)) {
        tracks.forEach(([role, withPerson], ti) => {
          if (scale < 1 && ti > 0 && !rnd.chance(scale)) return;
          let day = `${Math.max(body.startYear, FIRST_YEAR)}-${pad2(rnd.int(1, 12))}-01`;
          let person = someoneIn(yearOf(day));
          let agency = people[person]!.agency;
          if (!withPerson) agency = rnd.pick(agenciesByYear.get(yearOf(day))!);
          while (day <= today) {
            // A period of one to four years, cut short when the agency is reorganised.
            let end: string | null = plusDays(day, rnd.int(250, 1100));
            const a = agencies[agency]!;
            if (a.validTo && a.validTo < end) end = a.validTo;
            if (end > today) end = rnd.chance(0.9) ? null : plusDays(today, rnd.int(30, 400));
            if (end !== null && end < day) end = day;
            const createdMs = atOfficeHours(day);
            create(repo.focalAssignments, ctxAt(createdMs), newId(5, createdMs), {
              bodyId: body.id, agencyId: a.id, personId: withPerson ? people[person]!.id : null, role,
              legalBasisId: basisFor(day) ?? null, validFrom: day, validTo: end,
              notes: end !== null && a.validTo === end ? 'Kết thúc do tổ chức lại cơ quan.' : null,
            });
            if (end === null || end > today) break;
            day = plusDays(end, 1);
            const year = yearOf(day);
            if (a.validTo === end && a.successor !== null) {
              // Reorganisation: the successor agency takes the duty over, the person often stays.
              agency = a.successor;
              if (withPerson && !rnd.chance(0.7)) person = someoneIn(year);
            } else if (withPerson) {
              person = someoneIn(year);
              agency = people[person]!.agency;
            } else agency = rnd.pick(agenciesByYear.get(Math.min(LAST_YEAR, year))!);
            const next = agencies[agency]!;
            if (next.validTo && next.validTo < day) agency = rnd.pick(agenciesByYear.get(Math.min(LAST_YEAR, year))!);
          }
        });
      }
    });
  }
  progress(`focal assignments: ${counts.focal_assignments ?? 0}`);

  // ------------------------------------------------------------ meetings, delegations, action items, year by year
  const monthFor = (b: BodyRec, slot: number): [number, number] => {
    switch (b.kind) {
      case 'working_group': return [rnd.int(2, 6), rnd.int(1, 26)];
      case 'senior_officials': return b.code === 'ASOEN' ? [rnd.chance(0.5) ? 7 : 8, rnd.int(1, 24)] : [rnd.int(10, 11), rnd.int(1, 24)];
      case 'ministerial': return b.cadence === 'twice_yearly' ? [slot === 0 ? 4 : 10, rnd.int(1, 24)] : [rnd.int(9, 10), rnd.int(1, 24)];
      case 'summit': return [slot === 0 ? rnd.int(4, 5) : rnd.int(10, 11), rnd.int(1, 24)];
      case 'conference_of_parties': return [rnd.int(8, 9), rnd.int(1, 20)];
      default: return [slot === 0 ? rnd.int(1, 12) : rnd.int(7, 12), rnd.int(1, 24)];
    }
  };
  const slotsOf = (b: BodyRec, year: number) => {
    switch (b.cadence) {
      case 'twice_yearly': return 2;
      case 'biennial': return year % 2 === 1 ? 1 : 0;
      case 'triennial': return year % 3 === 0 ? 1 : 0;
      case 'irregular': return rnd.chance(0.4) ? 1 : 0;
      default: return 1;
    }
  };
  const sequences = new Map<string, number>();
  const keep = () => scale >= 1 || rnd.chance(scale);
  const delegationRate = 0.45;

  const writeMeeting = (m: MeetingRec, parent: MeetingRec | null, year: number, format: MeetingFormat, host: string, title: [string, string], notes: string | null) => {
    const createdMs = Math.min(dateMs(m.start) - rnd.int(30, 120) * DAY, todayMs) + rnd.int(0, 86_399_999);
    m.id = newId(6, createdMs);
    create(repo.meetings, ctxAt(createdMs), m.id, {
      bodyId: m.body.id, sequence: m.sequence, titleVi: title[0], titleEn: title[1], startDate: m.start, endDate: m.end,
      city: format === 'online' ? null : rnd.pick(CITIES[host] ?? ['Hà Nội']), hostCountryId: countries.get(host) ?? null,
      format, status: m.status, parentId: parent?.id ?? null, notes,
    });
    void year;
  };

  const writeDelegation = (m: MeetingRec, year: number) => {
    const past = m.end < today;
    const decisionDay = plusDays(m.start, -rnd.int(7, 30));
    const createdMs = Math.min(dateMs(decisionDay) - rnd.int(3, 20) * DAY, todayMs);
    const id = newId(7, createdMs);
    const ministry = m.start >= '2025-03-01' ? 'BNNMT' : 'BTNMT';
    const decided = past || rnd.chance(0.6);
    create(repo.delegations, ctxAt(createdMs), id, {
      meetingId: m.id, decisionNumber: decided ? `${rnd.int(100, 3999)}/QĐ-${ministry}` : null, decisionDate: decided ? decisionDay : null,
      decisionSigner: decided ? `KT. Bộ trưởng, Thứ trưởng ${ministry === 'BNNMT' ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Tài nguyên và Môi trường'}` : null,
      funding: rnd.weighted([['state_budget', 6], ['partner', 3], ['mixed', 1]] as const), fundingNote: null,
      objectives: `Tham dự ${m.body.code}${m.sequence ? ` ${m.sequence}` : ''}; báo cáo tình hình thực hiện các cam kết của Việt Nam; góp ý các văn kiện trình Hội nghị.`,
      positions: rnd.chance(0.3) ? 'Ủng hộ dự thảo; đề nghị bổ sung nội dung về tăng cường năng lực cho các nước thành viên.' : null,
      classification: rnd.chance(0.03) ? 'confidential' : 'none',
      status: past ? rnd.weighted([['reported', 7], ['completed', 3]] as const) : decided ? 'decided' : 'draft', notes: null,
    });
    const size = rnd.int(2, 6);
    const chosen = new Set<number>();
    for (let i = 0; i < size * 3 && chosen.size < size; i++) chosen.add(someoneIn(year));
    [...chosen].forEach((p, i) => {
      const person = people[p]!;
      const role: MemberRole = i === 0 ? 'head' : i === 1 && size > 3 ? 'deputy_head' : i === size - 1 && size > 2 ? 'secretary' : 'member';
      create(repo.delegationMembers, ctxAt(createdMs + (i + 1) * 60_000), newId(8, createdMs + (i + 1) * 60_000), {
        delegationId: id, personId: person.id, role, agencyId: agencies[person.agency]!.id, position: person.position,
        travelFrom: plusDays(m.start, -1), travelTo: plusDays(m.end, 1), sortOrder: i, notes: null,
      });
    });
  };

  const writeActionItems = (m: MeetingRec, year: number) => {
    const k = m.main ? rnd.int(0, 17) : rnd.int(0, 7);
    const leads = agenciesByYear.get(Math.min(LAST_YEAR, year))!;
    for (let i = 0; i < k; i++) {
      const createdDay = plusDays(m.end, rnd.int(1, 10));
      if (createdDay > today) return;
      const createdMs = atOfficeHours(createdDay);
      const id = newId(9, createdMs);
      const lead = leads[rnd.int(0, leads.length - 1)]!;
      const leadPeople = agencies[lead]!.people;
      const owner = rnd.chance(0.7) ? (leadPeople.length && rnd.chance(0.7) ? leadPeople[rnd.int(0, leadPeople.length - 1)]! : someoneIn(year)) : null;
      const dueDate = rnd.chance(0.03) ? null : plusDays(m.end, rnd.int(30, 420));
      const supporters: string[] = [];
      if (rnd.chance(0.3)) for (let s = rnd.int(1, 2); s > 0; s--) supporters.push(agencies[leads[rnd.int(0, leads.length - 1)]!]!.id);
      const values: Record<string, unknown> = {
        title: `${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)}${rnd.chance(0.3) ? ` (${m.body.code}${m.sequence ? `-${m.sequence}` : ''})` : ''}`,
        description: rnd.chance(0.3) ? 'Nội dung chi tiết theo công văn hướng dẫn của Ban Thư ký ASEAN; cần xác nhận với đơn vị chủ trì.' : null,
        sourceMeetingId: m.id, sourceRef: rnd.chance(0.6) ? `Báo cáo kết quả ${m.body.code}${m.sequence ? `-${m.sequence}` : ''}, đoạn ${rnd.int(3, 60)}` : null,
        bodyId: m.body.id, leadAgencyId: agencies[lead]!.id, supportingAgencyIds: supporters.filter((s) => s !== agencies[lead]!.id),
        ownerPersonId: owner === null ? null : people[owner]!.id, dueDate, status: 'open',
        priority: rnd.weighted([['low', 2], ['normal', 6], ['high', 2]] as const) as Priority, completedOn: null, completionNote: null,
      };
      create(repo.actionItems, ctxAt(createdMs), id, values);
      // Where it ends up: the older the due date, the likelier it is done (some stay buried).
      const age = dueDate ? (todayMs - dateMs(dueDate)) / DAY : 0;
      const final: ActionStatus = age > 365
        ? rnd.weighted([['done', 85], ['cancelled', 7], ['open', 3], ['in_progress', 3], ['blocked', 2]] as const)
        : age > 0
          ? rnd.weighted([['done', 60], ['cancelled', 5], ['open', 15], ['in_progress', 15], ['blocked', 5]] as const)
          : rnd.weighted([['open', 45], ['in_progress', 40], ['blocked', 5], ['done', 10]] as const);
      const path: ActionStatus[] = final === 'open' ? [] : final === 'in_progress' ? ['in_progress'] : final === 'cancelled' ? ['cancelled'] : ['in_progress', final];
      const nUpdates = Math.max(path.length, rnd.int(0, 4));
      const lastDay = final === 'done' || final === 'cancelled' ? (dueDate && dateMs(dueDate) < todayMs ? plusDays(dueDate, rnd.int(-20, 30)) : today) : today;
      const span = Math.max(1, (Math.min(dateMs(lastDay), todayMs) - dateMs(createdDay)) / DAY);
      const days = Array.from({ length: nUpdates }, () => plusDays(createdDay, Math.round(rnd.next() * span))).sort();
      let version = 1;
      for (let u = 0; u < nUpdates; u++) {
        const day = days[u]! < createdDay ? createdDay : days[u]! > today ? today : days[u]!;
        const pi = u - (nUpdates - path.length);
        const statusAfter = pi >= 0 ? path[pi]! : null;
        const ms = Math.max(atOfficeHours(day), createdMs + (u + 1) * 1000);
        const ctx = ctxAt(ms);
        if (statusAfter) {
          const changes: Record<string, unknown> = { status: statusAfter };
          if (statusAfter === 'done') {
            changes.completedOn = day;
            if (rnd.chance(0.5)) changes.completionNote = 'Đã hoàn thành; kết quả báo cáo tại cuộc họp giao ban.';
          }
          writer.update(repo.actionItems, ctx, id, version, values, changes);
          writes++;
          Object.assign(values, changes);
          version++;
        }
        create(repo.actionUpdates, ctxAt(ms + 500), newId(10, ms + 500), {
          actionItemId: id, date: day, note: rnd.pick(UPDATE_NOTES), statusAfter, authorPersonId: owner === null ? null : people[owner]!.id,
        });
      }
    }
  };

  const dialoguesUnder = new Map<string, BodyRec[]>();
  for (const b of bodies) {
    if (b.kind === 'dialogue' && b.parentCode) {
      const list = dialoguesUnder.get(b.parentCode) ?? [];
      list.push(b);
      dialoguesUnder.set(b.parentCode, list);
    }
  }
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const t0 = performance.now();
    chunk(() => {
      const host = HOST_ROTATION[(year - FIRST_YEAR) % HOST_ROTATION.length]!;
      for (const body of bodies) {
        if (year < body.startYear) continue;
        // Partner dialogues are held back-to-back with their parent's annual meeting (below).
        if (body.kind === 'dialogue' && body.parentCode && bodyByCode.get(body.parentCode)?.cadence !== 'irregular' && body.cadence !== 'irregular') continue;
        const slots = slotsOf(body, year);
        for (let slot = 0; slot < slots; slot++) {
          const [month, day] = monthFor(body, slot);
          const start = `${year}-${pad2(month)}-${pad2(day)}`;
          const len = body.kind === 'working_group' ? rnd.int(1, 2) : rnd.int(1, 4);
          const end = plusDays(start, len);
          const covid = year === 2020 || year === 2021;
          const format: MeetingFormat = covid ? 'online' : year >= 2022 && rnd.chance(0.15) ? 'hybrid' : 'in_person';
          const past = end < today;
          const status: MeetingStatus = past ? (rnd.chance(0.03) ? 'cancelled' : 'held') : rnd.chance(0.5) ? 'confirmed' : 'planned';
          const main: MeetingRec = { id: '', body, start, end, status, main: true, sequence: null };
          const mainKept = keep();
          if (mainKept) {
            const seq = (sequences.get(body.code) ?? body.seqOffset) + 1;
            sequences.set(body.code, seq);
            main.sequence = seq;
            const word = body.kind === 'summit' || body.kind === 'ministerial' || body.kind === 'senior_officials' || body.kind === 'conference_of_parties' ? 'Hội nghị' : 'Cuộc họp';
            // "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 18", not "Hội nghị Hội nghị …": a body
            // whose name already says what its meetings are keeps it.
            const titleVi = /^(Hội nghị|Cuộc họp)\s/i.test(body.nameVi) ? body.nameVi : `${word} ${body.nameVi}`;
            writeMeeting(main, null, year, format, host, [`${titleVi} lần thứ ${seq}`.slice(0, 500), `${body.code}-${seq}: ${body.nameEn}`.slice(0, 500)], covid ? 'Tổ chức trực tuyến do dịch COVID-19.' : null);
            if (status !== 'cancelled' && rnd.chance(delegationRate)) writeDelegation(main, year);
            if (status === 'held') writeActionItems(main, year);
          }
          // Back-to-back related meetings under the main one: partner dialogues (ASOEN, ASOMM, COP).
          for (const d of mainKept && slot === 0 ? (dialoguesUnder.get(body.code) ?? []) : []) {
            // (Below scale 1 a sampled main meeting keeps its whole chain.)
            if (year < d.startYear || d.cadence === 'irregular') continue;
            const s = plusDays(start, rnd.int(0, len));
            const child: MeetingRec = { id: '', body: d, start: s, end: s, status, main: false, sequence: null };
            const seq = (sequences.get(d.code) ?? d.seqOffset) + 1;
            sequences.set(d.code, seq);
            child.sequence = seq;
            writeMeeting(child, main, year, format, host, [`${d.nameVi} lần thứ ${seq}`.slice(0, 500), `${d.code}-${seq}: ${d.nameEn}`.slice(0, 500)], null);
            if (status !== 'cancelled' && rnd.chance(0.25)) writeDelegation(child, year);
            if (status === 'held') writeActionItems(child, year);
          }
          // The national preparatory meeting before it (Hà Nội), most years.
          if (slot === 0 && mainKept && rnd.chance(0.85)) {
            const s = plusDays(start, -rnd.int(10, 40));
            if (yearOf(s) === year) {
              const stat: MeetingStatus = s < today ? 'held' : 'planned';
              const prep: MeetingRec = { id: '', body, start: s, end: s, status: stat, main: false, sequence: null };
              const label = `${body.code}${main.sequence ? `-${main.sequence}` : ''}`;
              writeMeeting(prep, null, year, rnd.chance(0.3) ? 'hybrid' : 'in_person', 'VN', [`Họp chuẩn bị trong nước tham dự ${label}`, `National preparatory meeting for ${label}`], null);
              if (stat === 'held') writeActionItems(prep, year);
            }
          }
          // Intersessional (online) meetings between the annual ones.
          for (let x = slot === 0 ? rnd.int(0, 2) : 0; x > 0; x--) {
            if (!keep()) continue;
            const s = plusDays(start, rnd.int(60, 250));
            if (yearOf(s) !== year) continue;
            const stat: MeetingStatus = s < today ? 'held' : 'planned';
            const inter: MeetingRec = { id: '', body, start: s, end: s, status: stat, main: false, sequence: null };
            writeMeeting(inter, null, year, 'online', host, [`Cuộc họp giữa kỳ ${body.nameVi} năm ${year}`.slice(0, 500), `Intersessional meeting of the ${body.nameEn} ${year}`.slice(0, 500)], null);
            if (rnd.chance(0.3)) writeDelegation(inter, year);
            if (stat === 'held') writeActionItems(inter, year);
          }
        }
      }
    });
    if (year % 4 === 0 || year === LAST_YEAR) {
      progress(`  ${year}: meetings ${counts.meetings ?? 0}, action items ${counts.action_items ?? 0}, updates ${counts.action_updates ?? 0} (${Math.round(performance.now() - t0)} ms for the year)`);
    }
  }

  if (saved) endBulk(db, saved, progress);
  // A new file has no backup yet: the rows it logged for backups of changes are not needed.
  pruneBackupLog(db);
  db.pragma('cache_size = -2000');
  const ms = performance.now() - started;
  return { counts, writes, ms: Math.round(ms), writesPerSecond: Math.round(writes / (ms / 1000)) };
}

/** The SQL-level content of a generated database: one hash per table, for determinism checks. */
export function contentHashes(db: Db, createHash: (text: string) => string): Record<string, string> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name NOT IN ('app_meta', '__drizzle_migrations', 'backup_log', 'backup_chains') ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as Array<{ name: string }>).map((c) => c.name);
    const order = cols.includes('id') ? 'id' : cols.includes('seq') ? 'seq' : cols.includes('doc_id') ? 'doc_id' : cols.join(', ');
    const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>;
    const parts: string[] = [];
    for (const r of rows) parts.push(JSON.stringify(r));
    out[t] = createHash(parts.join('\n'));
  }
  return out;
}

export interface GenerateFileOptions {
  scale: number;
  seed?: number;
  /** 'auto': the repository path up to scale 5, the SQL path above (see the header). */
  mode: GeneratorMode | 'auto';
  migrationsFolder: string;
  progress?: (message: string) => void;
}

export interface GenerateFileResult extends GeneratorResult {
  file: string;
  mode: GeneratorMode;
  bytes: number;
}

/** The last scale written through the repositories by default (measured: see tests/bench/README.md). */
export const REPOSITORY_MODE_MAX_SCALE = 5;

/**
 * Writes a generated database to `out`: built under a temporary name beside it (opened by the
 * app's own openAppDatabase: migrations and reference data), renamed when complete.
 */
export function generateDatabaseFile(out: string, options: GenerateFileOptions): GenerateFileResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const mode: GeneratorMode = options.mode === 'auto' ? (options.scale <= REPOSITORY_MODE_MAX_SCALE ? 'repository' : 'sql') : options.mode;
  const tmp = `${out}.partial`;
  const clear = (f: string) => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${f}${suffix}`, { force: true });
  };
  clear(tmp);
  // The device id is fixed by the seed, so that the change log is reproducible too.
  const deviceId = makeId(dateMs('2009-01-31'), 15, 1, seed & 0x3fffff);
  const pre = openDatabase(tmp);
  try {
    migrateDatabase(pre, { migrationsFolder: options.migrationsFolder });
    setMeta(pre, 'device_id', deviceId);
  } finally {
    pre.close();
  }
  const app = openAppDatabase(tmp, { migrationsFolder: options.migrationsFolder, now: () => new Date('2009-02-01T02:00:00.000Z') });
  let result: GeneratorResult;
  try {
    result = generateBenchData(app.db, {
      scale: options.scale, seed, mode, deviceId: app.deviceId, ...(options.progress ? { progress: options.progress } : {}),
    });
    setMeta(app.db, 'bench_generator', JSON.stringify({ scale: options.scale, seed, mode, today: GENERATOR_TODAY, counts: result.counts }));
    pruneBackupLog(app.db);
    app.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    app.db.close();
    clear(tmp);
    throw err;
  }
  app.db.close();
  clear(out);
  renameSync(tmp, out);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${tmp}${suffix}`)) rmSync(`${tmp}${suffix}`, { force: true });
  return { ...result, file: out, mode, bytes: statSync(out).size };
}
