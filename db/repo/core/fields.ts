// Small pieces the entities' repository configurations share: filters, labels, references.
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Messages } from '../../errors';
import type { Db } from '../../open';
import type { FilterSql, Reference } from './repository';
import { statement } from './statements';

export const eq = (column: string) => (value: string): FilterSql => ({ sql: `t.${column} = ?`, params: [value] });

export const eqOrNull = (column: string) => (value: string | null): FilterSql =>
  value === null ? { sql: `t.${column} IS NULL`, params: [] } : { sql: `t.${column} = ?`, params: [value] };

export const inList = (column: string) => (values: string[]): FilterSql => ({
  sql: `t.${column} IN (SELECT value FROM json_each(?))`,
  // A few statuses match most rows: on a sorted page, let the sort's index lead.
  listSql: `+t.${column} IN (SELECT value FROM json_each(?))`,
  params: [JSON.stringify(values)],
});

export const L = {
  pillar: { vi: 'trụ cột', en: 'pillar' },
  country: { vi: 'quốc gia/đối tác', en: 'country or partner' },
  body: { vi: 'cơ chế ASEAN', en: 'ASEAN body' },
  agency: { vi: 'cơ quan', en: 'agency' },
  succession: { vi: 'quan hệ kế thừa', en: 'succession' },
  person: { vi: 'cán bộ', en: 'person' },
  legalBasis: { vi: 'văn bản pháp lý', en: 'legal basis' },
  focal: { vi: 'phân công đầu mối', en: 'focal-point assignment' },
  meeting: { vi: 'cuộc họp', en: 'meeting' },
  delegation: { vi: 'đoàn công tác', en: 'delegation' },
  member: { vi: 'thành viên đoàn', en: 'delegation member' },
  actionItem: { vi: 'việc cần làm', en: 'action item' },
  actionUpdate: { vi: 'cập nhật tiến độ', en: 'progress update' },
  document: { vi: 'văn kiện ASEAN', en: 'ASEAN document' },
  agendaItem: { vi: 'mục chương trình nghị sự', en: 'agenda item' },
  contact: { vi: 'đầu mối liên hệ', en: 'contact' },
} satisfies Record<string, Messages>;

export const ref = (field: string, table: SQLiteTable, labels: Messages): Reference => ({ field, table, labels });

export function codeOf(db: Db, table: string, id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const r = statement(db, `SELECT code FROM "${table}" WHERE id = ?`).get(id) as { code: string } | undefined;
  return r?.code ?? null;
}

export const text = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(' ');
