// The conflicts inbox as the screens read it and resolve it (issue #17): the items the exchange
// recorded (db/exchange/merge.ts) with what an officer needs to choose — the record, the field,
// the value both sides agreed on, each side's value with officer, laptop and time — and their
// resolutions, each an ordinary change of the log (so the exchange carries it and the item closes
// on every laptop) that also closes the item here at once.
import type { EntityName, ExchangeConflictKind } from '../../common/enums';
import { parseHlc } from '../../common/hlc';
import { AppError, type Messages } from '../errors';
import { claimOfItem } from '../exchange/claims';
import { openConflicts, type ConflictRow } from '../exchange/merge';
import { DELETED, DISTINCT, modelOf } from '../exchange/model';
import { settleRegister } from '../exchange/resolve';
import type { Db } from '../open';
import { appendChange } from './core/changeLog';
import { getMeta } from './core/meta';
import type { Repository, Row, WriteContext } from './core/repository';
import { statement } from './core/statements';
import { namesOf } from './history';
import { repositories } from './repositories';

/** One value of a conflict: what a laptop wrote, who and when. */
export interface ConflictSide {
  hlc: string;
  value: unknown;
  officerName: string | null;
  deviceName: string | null;
  /** When it was written, by its laptop's clock (ISO instant). */
  at: string | null;
  /** Written on this laptop. */
  mine: boolean;
}

/** A record as the inbox names it, and where the screens show it. */
export interface ConflictRecord {
  id: string;
  entity: EntityName;
  vi: string;
  en: string;
  deleted: boolean;
  version: number;
  /** The record a link opens (a member opens its meeting). */
  target: { entity: 'meeting' | 'action_item' | 'person' | 'agency' | 'body'; id: string } | null;
}

export interface DuplicateSide extends ConflictRecord {
  /** Some fields to tell them apart (e-mail, dates…), as stored. */
  details: Record<string, unknown>;
  /** Live records that refer to it (members, action items, focal points…). */
  links: number;
  createdBy: { officerName: string | null; deviceName: string | null; at: string } | null;
}

export interface ConflictItem {
  key: string;
  kind: ExchangeConflictKind;
  record: ConflictRecord;
  /** The register: a field, two fields that go together ('startDate+endDate'), or the deletion. */
  register: string | null;
  fields: string[];
  /** The value both sides agreed on, as this laptop last showed it (undefined: not known). */
  base?: unknown;
  sides: ConflictSide[];
  /** Deleted while edited: the deletion, and the edits it had not seen. */
  deletion?: ConflictSide;
  edits?: Array<{ register: string; fields: string[]; side: ConflictSide }>;
  /** Duplicate: the two records. */
  duplicates?: [DuplicateSide, DuplicateSide];
  /**
   * Duplicate of a unique key (a code, the delegation of a meeting, the head of a delegation) that
   * two laptops both claimed: which record keeps it (the first claim) and which is marked, and what
   * "keep both" means here: a new value of `field` for one of them, the claimant made a member, or
   * not allowed (merge or delete).
   */
  claim?: { keeper: string; claimant: string; keepBoth: 'rename' | 'member' | null; field: string | null };
  /** What the officer saw: a resolution sent with another token is refused (the item changed). */
  token: string;
}

const ENTITY_REPO = new Map<string, Repository>((Object.values(repositories) as Repository[]).map((r) => [r.config.entity, r]));

export const repoOf = (entity: string): Repository => {
  const r = ENTITY_REPO.get(entity);
  if (!r) throw new AppError('VALIDATION', { vi: 'Không có loại bản ghi này.', en: 'There is no such kind of record.' }, { entity });
  return r;
};

function myReplica(db: Db): string | null {
  const raw = getMeta(db, 'exchange_identity');
  return raw ? ((JSON.parse(raw) as { replica?: string }).replica ?? null) : null;
}

const atOf = (hlc: string): string | null => {
  const h = parseHlc(hlc);
  return h ? new Date(h.wall).toISOString() : null;
};

interface HeadRow {
  hlc: string;
  register: string;
  value: string;
  replica: string;
  officer_name: string | null;
  device_name: string | null;
}

function sideOf(h: HeadRow, me: string | null): ConflictSide {
  return { hlc: h.hlc, value: JSON.parse(h.value) as unknown, officerName: h.officer_name, deviceName: h.device_name, at: atOf(h.hlc), mine: h.replica === me };
}

function headRows(db: Db, id: string, register?: string): HeadRow[] {
  return (
    register === undefined
      ? statement(db, 'SELECT hlc, register, value, replica, officer_name, device_name FROM exchange_heads WHERE entity_id = ? ORDER BY hlc DESC').all(id)
      : statement(db, 'SELECT hlc, register, value, replica, officer_name, device_name FROM exchange_heads WHERE entity_id = ? AND register = ? ORDER BY hlc DESC').all(id, register)
  ) as HeadRow[];
}

const one = (db: Db, sql: string, ...params: unknown[]) => statement(db, sql).get(...params) as Record<string, unknown> | undefined;

/** A record's name in both languages, and the screen that shows it. */
export function recordOf(db: Db, entity: string, id: string): ConflictRecord {
  const repo = repoOf(entity);
  const row = repo.find(db, id) ?? (one(db, `SELECT 1 AS x FROM "${repo.tableName}" WHERE id = ?`, id) ? repo.get(db, id, { includeDeleted: true }) : undefined);
  const r = (row ?? {}) as Row;
  const names = (ids: Array<string | null | undefined>) => {
    const found = new Map(namesOf(db, ids.filter((x): x is string => typeof x === 'string')).map((n) => [n.id, n]));
    return (x: string | null | undefined) => (x ? found.get(x) : undefined);
  };
  let vi = '';
  let en = '';
  let target: ConflictRecord['target'] = null;
  const name = (n: { vi: string; en: string } | undefined) => {
    vi = n?.vi ?? '';
    en = n?.en ?? '';
  };
  switch (entity) {
    case 'meeting':
    case 'person':
    case 'agency':
    case 'body':
    case 'action_item': {
      name(names([id])(id));
      target = { entity, id };
      break;
    }
    case 'country':
    case 'pillar':
    case 'legal_basis':
      name(names([id])(id));
      break;
    case 'delegation': {
      const meetingId = r.meetingId as string | undefined;
      const m = names([meetingId])(meetingId);
      vi = m ? `Đoàn dự ${m.vi}` : 'Đoàn công tác';
      en = m ? `Delegation to ${m.en}` : 'Delegation';
      if (meetingId) target = { entity: 'meeting', id: meetingId };
      break;
    }
    case 'delegation_member': {
      const meetingId = one(db, 'SELECT meeting_id AS m FROM delegations WHERE id = ?', r.delegationId)?.m as string | undefined;
      const n = names([r.personId as string, meetingId]);
      const person = n(r.personId as string);
      const meeting = n(meetingId);
      vi = `${person?.vi ?? 'Thành viên'}${meeting ? ` — đoàn dự ${meeting.vi}` : ''}`;
      en = `${person?.en ?? 'Member'}${meeting ? ` — delegation to ${meeting.en}` : ''}`;
      if (meetingId) target = { entity: 'meeting', id: meetingId };
      break;
    }
    case 'focal_assignment': {
      const n = names([r.bodyId as string, r.personId as string, r.agencyId as string]);
      const body = n(r.bodyId as string);
      const who = n(r.personId as string) ?? n(r.agencyId as string);
      const code = body?.vi.split(' — ')[0] ?? '';
      vi = `Đầu mối ${code}${who ? `: ${who.vi}` : ''}`;
      en = `Focal point for ${code}${who ? `: ${who.en}` : ''}`;
      if (r.bodyId) target = { entity: 'body', id: r.bodyId as string };
      break;
    }
    case 'action_update': {
      const item = names([r.actionItemId as string])(r.actionItemId as string);
      vi = `Cập nhật của việc ${item?.vi ?? ''}`.trim();
      en = `Update of ${item?.en ?? 'an action item'}`;
      if (r.actionItemId) target = { entity: 'action_item', id: r.actionItemId as string };
      break;
    }
    case 'agency_succession': {
      const n = names([r.predecessorId as string, r.successorId as string]);
      vi = `${n(r.predecessorId as string)?.vi ?? ''} → ${n(r.successorId as string)?.vi ?? ''}`;
      en = `${n(r.predecessorId as string)?.en ?? ''} → ${n(r.successorId as string)?.en ?? ''}`;
      if (r.predecessorId) target = { entity: 'agency', id: r.predecessorId as string };
      break;
    }
  }
  // A deleted record has no search document any more: its own words then.
  if (!vi) {
    const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '');
    vi = str('titleVi') || str('fullName') || str('nameVi') || str('title') || str('number') || str('code');
    en = str('titleEn') || str('fullName') || str('nameEn') || str('title') || str('number') || str('code') || vi;
  }
  return { id, entity: entity as EntityName, vi, en, deleted: !!r.deletedAt, version: (r.version as number | undefined) ?? 0, target };
}

/**
 * The value the register had before the two sides parted, as this laptop showed it: the value just
 * before the first of the conflicting writes was made or applied here.
 */
function baseOf(db: Db, fields: readonly string[], heads: readonly string[]): unknown {
  const json = JSON.stringify(heads);
  const seq = (
    statement(
      db,
      `SELECT min(seq) AS seq FROM (SELECT seq FROM change_log WHERE hlc IN (SELECT value FROM json_each(?))
                                    UNION ALL SELECT seq FROM exchange_outbox WHERE hlc IN (SELECT value FROM json_each(?)))`,
    ).get(json, json) as { seq: number | null }
  ).seq;
  if (seq == null) return undefined;
  const row = statement(db, 'SELECT before, after FROM change_log WHERE seq = ?').get(seq) as { before: string | null; after: string | null } | undefined;
  if (!row?.before) return undefined;
  const before = JSON.parse(row.before) as Record<string, unknown>;
  const after = row.after ? (JSON.parse(row.after) as Record<string, unknown>) : {};
  const valueOf = (f: string) => (f in before ? before[f] : after[f]) ?? null;
  if (!fields.some((f) => f in before)) return undefined;
  if (fields.length === 1) return valueOf(fields[0]!);
  return Object.fromEntries(fields.map((f) => [f, valueOf(f)]));
}

/** What a record says of itself to be told apart from its duplicate. */
const DETAILS: Partial<Record<string, readonly string[]>> = {
  person: ['email', 'passportName', 'position', 'agencyId', 'phone'],
  meeting: ['bodyId', 'sequence', 'startDate', 'endDate', 'city'],
  pillar: ['code', 'nameVi'],
  country: ['code', 'nameVi'],
  body: ['code', 'nameVi'],
  agency: ['code', 'nameVi'],
  legal_basis: ['number', 'issuedOn', 'issuer'],
  delegation: ['status', 'decisionNumber'],
  delegation_member: ['role', 'position'],
};

/** The exchanged records that refer to an entity's table: [repository, field, column] (from the schema's foreign keys). */
function referrersOf(db: Db, entity: string): Array<{ repo: Repository; field: string; column: string }> {
  const target = repoOf(entity).tableName;
  const out: Array<{ repo: Repository; field: string; column: string }> = [];
  for (const repo of ENTITY_REPO.values()) {
    const m = modelOf(repo.config.entity);
    if (!m) continue;
    const fks = db.pragma(`foreign_key_list("${repo.tableName}")`) as Array<{ table: string; from: string }>;
    for (const [field, column] of m.column) if (fks.some((f) => f.from === column && f.table === target)) out.push({ repo, field, column });
  }
  return out;
}

function linksOf(db: Db, entity: string, id: string): number {
  let n = 0;
  for (const { repo, column } of referrersOf(db, entity)) {
    n += (statement(db, `SELECT count(*) AS n FROM "${repo.tableName}" WHERE "${column}" = ? AND deleted_at IS NULL AND id <> ?`).get(id, id) as { n: number }).n;
  }
  return n;
}

function duplicateSide(db: Db, entity: string, id: string): DuplicateSide {
  const record = recordOf(db, entity, id);
  const row = repoOf(entity).get(db, id, { includeDeleted: true }) as Row;
  const details = Object.fromEntries((DETAILS[entity] ?? []).map((f) => [f, row[f] ?? null]));
  const created = statement(db, "SELECT officer_name, device_name, at, hlc FROM change_log WHERE entity_id = ? AND op = 'create' ORDER BY seq LIMIT 1").get(id) as
    | { officer_name: string | null; device_name: string | null; at: string; hlc: string | null }
    | undefined;
  return {
    ...record,
    details,
    links: linksOf(db, entity, id),
    createdBy: created ? { officerName: created.officer_name, deviceName: created.device_name, at: (created.hlc && atOf(created.hlc)) || created.at } : null,
  };
}

function itemOf(db: Db, c: ConflictRow, me: string | null): ConflictItem {
  const m = modelOf(c.entity);
  if (c.kind === 'field') {
    const heads = headRows(db, c.entityId, c.register);
    const fields = [...(m?.fieldsOf.get(c.register) ?? [c.register])];
    return {
      key: c.key,
      kind: c.kind as ExchangeConflictKind,
      record: recordOf(db, c.entity, c.entityId),
      register: c.register,
      fields,
      base: baseOf(db, fields, heads.map((h) => h.hlc)),
      sides: heads.map((h) => sideOf(h, me)),
      token: heads.map((h) => h.hlc).sort().join(','),
    };
  }
  if (c.kind === 'deleted_edited') {
    const detail = JSON.parse((one(db, 'SELECT detail FROM exchange_conflicts WHERE key = ?', c.key)?.detail as string | null) ?? '{}') as { delete?: string; edits?: string[] };
    const all = headRows(db, c.entityId);
    const deletion = all.find((h) => h.register === DELETED && h.hlc === detail.delete) ?? all.find((h) => h.register === DELETED);
    const edits = all.filter((h) => (detail.edits ?? []).includes(h.hlc) && h.register !== DELETED);
    return {
      key: c.key,
      kind: c.kind as ExchangeConflictKind,
      record: recordOf(db, c.entity, c.entityId),
      register: DELETED,
      fields: [DELETED],
      sides: [],
      ...(deletion ? { deletion: sideOf(deletion, me) } : {}),
      edits: edits.map((h) => ({ register: h.register, fields: [...(m?.fieldsOf.get(h.register) ?? [h.register])], side: sideOf(h, me) })),
      token: all
        .map((h) => h.hlc)
        .sort()
        .join(','),
    };
  }
  const a = duplicateSide(db, c.entity, c.entityId);
  const b = duplicateSide(db, c.entity, c.register);
  const claimed = claimOfItem(db, c.key);
  let claim: ConflictItem['claim'];
  if (claimed) {
    const ways = claimed.keys.map((k) => k.keepBoth);
    const rename = ways.find((w) => w && 'rename' in w) as { rename: string } | undefined;
    const keepBoth = ways.some((w) => w === null) ? null : rename ? 'rename' : 'member';
    claim = { keeper: claimed.keeper, claimant: claimed.keeper === a.id ? b.id : a.id, keepBoth, field: keepBoth === 'rename' ? rename!.rename : keepBoth === 'member' ? 'role' : null };
  }
  return {
    key: c.key,
    kind: c.kind as ExchangeConflictKind,
    record: a,
    register: null,
    fields: [],
    sides: [],
    duplicates: [a, b],
    ...(claim ? { claim } : {}),
    // (Not their versions: resolving another item of one of them would make this one refuse for nothing.)
    token: `${a.id},${b.id}`,
  };
}

/** The open items of the inbox, each with what the screen shows. */
export function listConflicts(db: Db): ConflictItem[] {
  const me = myReplica(db);
  return openConflicts(db).map((c) => itemOf(db, c, me));
}

export function countConflicts(db: Db): number {
  return openConflicts(db).length;
}

const ALREADY: Messages = {
  vi: 'Xung đột này đã được giải quyết (trên máy này hoặc trên máy khác). Danh sách đã được cập nhật.',
  en: 'This conflict has already been resolved (on this laptop or another one). The list has been refreshed.',
};
const CHANGED: Messages = {
  vi: 'Xung đột này vừa thay đổi (có giá trị mới từ máy khác hoặc bản ghi vừa được sửa). Hãy xem lại rồi chọn lại; chưa có gì bị thay đổi.',
  en: 'This conflict changed while you were looking at it (a new value arrived from another laptop, or the record was edited). Look at it again and choose again; nothing was changed.',
};

/** The open item `key` as the officer saw it (`token`), or a CONFLICT error saying why not. */
export function openItem(db: Db, key: string, token: string, kind: ExchangeConflictKind): ConflictItem {
  const row = openConflicts(db).find((c) => c.key === key);
  if (!row) throw new AppError('CONFLICT', ALREADY, { key });
  if (row.kind !== kind) throw new AppError('VALIDATION', { vi: 'Cách giải quyết này không dành cho loại xung đột này.', en: 'This resolution does not fit this kind of conflict.' }, { key });
  const item = itemOf(db, row, myReplica(db));
  if (item.token !== token) throw new AppError('CONFLICT', CHANGED, { key });
  return item;
}

/** Closes an item here at once; the exchange removes it when it takes up the resolution, and closes it on the other laptops. */
function closeHere(db: Db, key: string): void {
  const seq = (statement(db, 'SELECT max(seq) AS seq FROM change_log').get() as { seq: number }).seq;
  statement(db, 'UPDATE exchange_conflicts SET closed_hlc = ? WHERE key = ?').run(`local:${seq}`, key);
}

/** A field conflict settled with `value` (one side's, typed, or joined): one change of the register. */
export function settleField(db: Db, ctx: WriteContext, item: ConflictItem, value: unknown): void {
  settleRegister(db, ctx, item.record.entity, item.record.id, item.register!, value);
  closeHere(db, item.key);
}

/** Deleted while edited: restored (the edits shown again) or kept deleted; every such item of the record closes. */
export function settleDeleted(db: Db, ctx: WriteContext, item: ConflictItem, how: 'restore' | 'keepDeleted'): void {
  const current = one(db, `SELECT deleted_at AS d FROM "${repoOf(item.record.entity).tableName}" WHERE id = ?`, item.record.id)?.d as string | null;
  settleRegister(db, ctx, item.record.entity, item.record.id, DELETED, how === 'restore' ? null : (current ?? ctx.now));
  for (const k of statement(db, "SELECT key FROM exchange_conflicts WHERE kind = 'deleted_edited' AND entity_id = ? AND closed_hlc IS NULL").pluck().all(item.record.id) as string[]) closeHere(db, k);
}

const BOTH_DELEGATIONS: Messages = {
  vi: 'Cả hai cuộc họp đều có đoàn công tác, nên chưa gộp được: hãy xóa đoàn thừa (hoặc chuyển thành viên sang đoàn còn lại) rồi gộp.',
  en: 'Both meetings have a delegation, so they cannot be merged yet: delete the extra delegation (or move its members to the other one), then merge.',
};

/**
 * Merge: every live record that refers to `otherId` (delegation memberships, focal points, action
 * items, updates, related meetings, delegations…) is changed to refer to `keepId`, then the other
 * is deleted. Each move is an ordinary change. A person already in the same delegation keeps their
 * own membership (the other's is removed).
 */
export function mergeDuplicate(db: Db, ctx: WriteContext, item: ConflictItem, keepId: string): void {
  const [a, b] = item.duplicates!;
  if (keepId !== a.id && keepId !== b.id) throw new AppError('VALIDATION', { vi: 'Hãy chọn một trong hai bản ghi để giữ.', en: 'Choose one of the two records to keep.' });
  if (item.claim?.keepBoth === 'member') throw new AppError('VALIDATION', TWO_HEADS);
  const otherId = keepId === a.id ? b.id : a.id;
  const entity = item.record.entity;
  for (const { repo, field, column } of referrersOf(db, entity)) {
    const rows = statement(db, `SELECT id FROM "${repo.tableName}" WHERE "${column}" = ? AND deleted_at IS NULL`).pluck().all(otherId) as string[];
    for (const id of rows) {
      if (id === otherId) continue;
      const row = repo.get(db, id) as Row;
      if (repo.config.entity === 'delegation' && field === 'meetingId') {
        if (one(db, 'SELECT 1 AS x FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL', keepId)) throw new AppError('CONFLICT', BOTH_DELEGATIONS, { key: item.key });
      }
      if (repo.config.entity === 'delegation_member' && field === 'delegationId') {
        // Two delegations to one meeting merged: a person in both stays once (in the kept one), and
        // the other's head joins as a member when the kept one has a head.
        if (one(db, 'SELECT 1 AS x FROM delegation_members WHERE delegation_id = ? AND person_id = ? AND deleted_at IS NULL', keepId, row.personId)) {
          repo.remove(db, ctx, { id, version: row.version });
          continue;
        }
        if (row.role === 'head' && one(db, "SELECT 1 AS x FROM delegation_members WHERE delegation_id = ? AND role = 'head' AND deleted_at IS NULL", keepId)) {
          repo.update(db, ctx, { id, version: row.version, changes: { delegationId: keepId, role: 'member' } });
          continue;
        }
      }
      if (repo.config.entity === 'delegation_member' && field === 'personId') {
        if (one(db, 'SELECT 1 AS x FROM delegation_members WHERE delegation_id = ? AND person_id = ? AND deleted_at IS NULL', row.delegationId, keepId)) {
          repo.remove(db, ctx, { id, version: row.version });
          continue;
        }
      }
      // The kept record itself referring to the other (its main meeting): it cannot refer to itself.
      repo.update(db, ctx, { id, version: row.version, changes: { [field]: id === keepId ? null : keepId } });
    }
  }
  // Lists of ids kept in a table of their own (an action item's supporting agencies).
  if (entity === 'agency') {
    const items = statement(db, 'SELECT action_item_id FROM action_item_supporters WHERE agency_id = ?').pluck().all(otherId) as string[];
    for (const id of items) {
      const row = repositories.actionItems.find(db, id) as Row | undefined;
      if (!row) continue;
      const ids = [...new Set((row.supportingAgencyIds as string[]).map((x) => (x === otherId ? keepId : x)))];
      repositories.actionItems.update(db, ctx, { id, version: row.version, changes: { supportingAgencyIds: ids } });
    }
  }
  const other = repoOf(entity).get(db, otherId) as Row;
  repoOf(entity).remove(db, ctx, { id: otherId, version: other.version });
}

const TWO_HEADS: Messages = {
  vi: 'Đây là hai người khác nhau nên không gộp được: hãy giữ cả hai (người đăng ký sau trở thành thành viên) hoặc xóa một người khỏi đoàn.',
  en: 'These are two different people and cannot be merged: keep both (the later one becomes a member) or remove one of them from the delegation.',
};

const ONE_ONLY: Partial<Record<string, Messages>> = {
  delegation: {
    vi: 'Mỗi cuộc họp chỉ có một đoàn công tác, nên không giữ được cả hai: hãy gộp hai đoàn (thành viên chuyển sang đoàn được giữ) hoặc xóa một đoàn.',
    en: 'A meeting has one delegation, so both cannot be kept: merge them (the members move to the one kept) or delete one.',
  },
  delegation_member: {
    vi: 'Một người chỉ có mặt một lần trong một đoàn, nên không giữ được cả hai: hãy gộp hoặc xóa một bản.',
    en: 'A person is in a delegation once, so both cannot be kept: merge them or delete one.',
  },
};

const NEW_VALUE: Messages = {
  vi: 'Hãy nhập mã mới cho một trong hai bản ghi để giữ cả hai.',
  en: 'Type a new code for one of the two records to keep both.',
};

/**
 * Keep both. Two records of a unique key (`item.claim`): one of them (`id`, by default the later
 * claimant) takes a new value of the key (`value`: a code, a number) or, for two heads, the later
 * becomes a member; an ordinary change, checked as any edit (a code another record holds is
 * refused), after which the two no longer claim one key and the item closes on every laptop.
 * Otherwise the two are different records; the decision is exchanged (a register of the one with
 * the smaller id).
 */
export function keepBothDuplicates(db: Db, ctx: WriteContext, item: ConflictItem, input: { id?: string; value?: unknown } = {}): void {
  const [a, b] = item.duplicates!;
  if (item.claim) {
    const { claim } = item;
    if (claim.keepBoth === null) throw new AppError('VALIDATION', ONE_ONLY[item.record.entity] ?? NEW_VALUE);
    const target = input.id ?? claim.claimant;
    if (target !== a.id && target !== b.id) throw new AppError('VALIDATION', { vi: 'Hãy chọn một trong hai bản ghi.', en: 'Choose one of the two records.' });
    const repo = repoOf(item.record.entity);
    const row = repo.get(db, target) as Row;
    if (claim.keepBoth === 'member') {
      repo.update(db, ctx, { id: target, version: row.version, changes: { role: 'member' } });
      return;
    }
    if (typeof input.value !== 'string' || !input.value.trim()) throw new AppError('VALIDATION', NEW_VALUE);
    repo.update(db, ctx, { id: target, version: row.version, changes: { [claim.field!]: input.value.trim() } });
    return;
  }
  const register = `${DISTINCT}${b.id}`;
  appendChange(db, ctx, { entity: a.entity, entityId: a.id, op: 'update', before: { [register]: null }, after: { [register]: true } });
  closeHere(db, item.key);
}

/** Delete one of the two (it must have no live links: merge otherwise). */
export function deleteDuplicate(db: Db, ctx: WriteContext, item: ConflictItem, deleteId: string): void {
  const [a, b] = item.duplicates!;
  if (deleteId !== a.id && deleteId !== b.id) throw new AppError('VALIDATION', { vi: 'Hãy chọn một trong hai bản ghi để xóa.', en: 'Choose one of the two records to delete.' });
  const repo = repoOf(item.record.entity);
  const row = repo.get(db, deleteId) as Row;
  repo.remove(db, ctx, { id: deleteId, version: row.version });
}

