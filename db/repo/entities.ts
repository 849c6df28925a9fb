// The entities of ASOEN Desk, each a small configuration of the generic repository.
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Messages } from '../errors';
import type { Db } from '../open';
import * as s from '../schema';
import { defineRepository, type FilterSql, type Reference, type Repository, type Row } from './core';
import { noFocalPointInForce } from './focal';
import { statement } from './statements';

const eq = (column: string) => (value: string): FilterSql => ({ sql: `t.${column} = ?`, params: [value] });
const eqOrNull = (column: string) => (value: string | null): FilterSql =>
  value === null ? { sql: `t.${column} IS NULL`, params: [] } : { sql: `t.${column} = ?`, params: [value] };
const inList = (column: string) => (values: string[]): FilterSql => ({
  sql: `t.${column} IN (SELECT value FROM json_each(?))`,
  // A few statuses match most rows: on a sorted page, let the sort's index lead.
  listSql: `+t.${column} IN (SELECT value FROM json_each(?))`,
  params: [JSON.stringify(values)],
});

const L = {
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
} satisfies Record<string, Messages>;

const ref = (field: string, table: SQLiteTable, labels: Messages): Reference => ({ field, table, labels });

function codeOf(db: Db, table: string, id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const r = statement(db, `SELECT code FROM "${table}" WHERE id = ?`).get(id) as { code: string } | undefined;
  return r?.code ?? null;
}

const text = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' || typeof p === 'number').join(' ');

export const pillars = defineRepository({
  entity: 'pillar',
  table: s.pillars,
  labels: L.pillar,
  fields: ['code', 'nameVi', 'nameEn'],
  sorts: { code: 't.code' },
  defaultSort: { field: 'code', dir: 'asc' },
  dependents: [{ table: s.bodies, column: 'pillar_id', labels: { vi: 'cơ chế', en: 'bodies' } }],
});

export const countries = defineRepository({
  entity: 'country',
  table: s.countries,
  labels: L.country,
  fields: ['code', 'nameVi', 'nameEn', 'kind', 'memberFrom', 'memberTo', 'notes'],
  filters: { kind: eq('kind') },
  sorts: { code: 't.code', nameEn: 't.name_en' },
  defaultSort: { field: 'nameEn', dir: 'asc' },
  dependents: [{ table: s.meetings, column: 'host_country_id', labels: { vi: 'cuộc họp', en: 'meetings' } }],
});

export const legalBases = defineRepository({
  entity: 'legal_basis',
  table: s.legalBases,
  labels: L.legalBasis,
  fields: ['number', 'kind', 'issuedOn', 'issuer', 'titleVi', 'titleEn', 'inForceFrom', 'inForceTo', 'notes'],
  filters: { kind: eq('kind') },
  sorts: { issuedOn: 't.issued_on', number: 't.number' },
  defaultSort: { field: 'issuedOn', dir: 'desc' },
  dependents: [{ table: s.focalAssignments, column: 'legal_basis_id', labels: { vi: 'phân công đầu mối', en: 'focal-point assignments' } }],
});

export const agencies = defineRepository({
  entity: 'agency',
  table: s.agencies,
  labels: L.agency,
  fields: ['code', 'nameVi', 'nameEn', 'abbreviation', 'kind', 'parentId', 'validFrom', 'validTo', 'notes'],
  references: [ref('parentId', s.agencies, L.agency)],
  dependents: [
    { table: s.agencies, column: 'parent_id', labels: { vi: 'đơn vị trực thuộc', en: 'sub-units' } },
    { table: s.people, column: 'agency_id', labels: { vi: 'cán bộ', en: 'people' } },
    { table: s.focalAssignments, column: 'agency_id', labels: { vi: 'phân công đầu mối', en: 'focal-point assignments' } },
    { table: s.actionItems, column: 'lead_agency_id', labels: { vi: 'việc cần làm', en: 'action items' } },
  ],
  filters: {
    parentId: eqOrNull('parent_id'),
    kind: eq('kind'),
    /** In existence on a date: 'YYYY-MM-DD'. */
    activeOn: (d: string) => ({ sql: '(t.valid_from IS NULL OR t.valid_from <= ?) AND (t.valid_to IS NULL OR t.valid_to >= ?)', params: [d, d] }),
  },
  sorts: { code: 't.code', nameVi: 't.name_vi' },
  defaultSort: { field: 'code', dir: 'asc' },
  search: (_db, r) => ({
    title: String(r.nameVi),
    subtitle: String(r.nameEn),
    text: text(r.code, r.abbreviation, r.nameVi, r.nameEn),
  }),
});

export const agencySuccessions = defineRepository({
  entity: 'agency_succession',
  table: s.agencySuccessions,
  labels: L.succession,
  fields: ['predecessorId', 'successorId', 'effectiveOn', 'kind', 'legalBasisId', 'notes'],
  references: [ref('predecessorId', s.agencies, L.agency), ref('successorId', s.agencies, L.agency), ref('legalBasisId', s.legalBases, L.legalBasis)],
  filters: {
    agencyId: (id: string) => ({ sql: '(t.predecessor_id = ? OR t.successor_id = ?)', params: [id, id] }),
  },
  sorts: { effectiveOn: 't.effective_on' },
  defaultSort: { field: 'effectiveOn', dir: 'asc' },
});

export const bodies = defineRepository({
  entity: 'body',
  table: s.bodies,
  labels: L.body,
  fields: ['code', 'nameVi', 'nameEn', 'pillarId', 'kind', 'parentId', 'partnerCountryId', 'cadence', 'formerCodes', 'notes'],
  references: [ref('pillarId', s.pillars, L.pillar), ref('parentId', s.bodies, L.body), ref('partnerCountryId', s.countries, L.country)],
  dependents: [
    { table: s.bodies, column: 'parent_id', labels: { vi: 'cơ chế trực thuộc', en: 'sub-bodies' } },
    { table: s.meetings, column: 'body_id', labels: { vi: 'cuộc họp', en: 'meetings' } },
    { table: s.focalAssignments, column: 'body_id', labels: { vi: 'phân công đầu mối', en: 'focal-point assignments' } },
  ],
  filters: {
    pillarId: eq('pillar_id'),
    kind: eq('kind'),
    parentId: eqOrNull('parent_id'),
    /** No focal-point assignment in force on a date 'YYYY-MM-DD' (the gaps of the matrix). */
    withoutFocalPointOn: (d: string) => {
      const sql = noFocalPointInForce('t.id', '?');
      return { sql, params: Array.from({ length: sql.split('?').length - 1 }, () => d) };
    },
  },
  sorts: {
    code: 't.code',
    nameVi: 't.name_vi',
    // The focal-point matrix's order: by pillar code (bodies of no pillar first), then by code.
    // pillar_code is the pillar's code copied by triggers; the expression is the one of the
    // index bodies_pillar_order (db/schema.ts), so a page is read in index order.
    pillar: "coalesce(t.pillar_code, '') || ' ' || t.code",
  },
  defaultSort: { field: 'code', dir: 'asc' },
  search: (_db, r) => ({
    title: `${String(r.code)} — ${String(r.nameVi)}`,
    subtitle: String(r.nameEn),
    text: text(r.code, ...((r.formerCodes as string[]) ?? []), r.nameVi, r.nameEn),
  }),
});

export const people = defineRepository({
  entity: 'person',
  table: s.people,
  labels: L.person,
  fields: ['fullName', 'passportName', 'position', 'agencyId', 'email', 'phone', 'passportExpiry', 'notes'],
  references: [ref('agencyId', s.agencies, L.agency)],
  dependents: [
    { table: s.delegationMembers, column: 'person_id', labels: { vi: 'lượt tham gia đoàn', en: 'delegation memberships' } },
    { table: s.focalAssignments, column: 'person_id', labels: { vi: 'phân công đầu mối', en: 'focal-point assignments' } },
    { table: s.actionItems, column: 'owner_person_id', labels: { vi: 'việc cần làm', en: 'action items' } },
  ],
  filters: { agencyId: eq('agency_id') },
  sorts: { fullName: 't.full_name', passportExpiry: 't.passport_expiry' },
  defaultSort: { field: 'fullName', dir: 'asc' },
  search: (_db, r) => ({
    title: String(r.fullName),
    subtitle: (r.position as string | null) ?? null,
    text: text(r.fullName, r.passportName, r.position, r.email),
  }),
});

export const focalAssignments = defineRepository({
  entity: 'focal_assignment',
  table: s.focalAssignments,
  labels: L.focal,
  fields: ['bodyId', 'agencyId', 'personId', 'role', 'legalBasisId', 'validFrom', 'validTo', 'notes'],
  computed: {
    // Names for display (a body's timeline), so the screen needs no list of every agency and person.
    agencyCode: { sql: 'agency.code' },
    agencyNameVi: { sql: 'agency.name_vi' },
    agencyNameEn: { sql: 'agency.name_en' },
    personName: { sql: 'person.full_name' },
    legalBasisNumber: { sql: 'basis.number' },
    legalBasisIssuedOn: { sql: 'basis.issued_on' },
  },
  joins:
    'LEFT JOIN agencies agency ON agency.id = t.agency_id LEFT JOIN people person ON person.id = t.person_id LEFT JOIN legal_bases basis ON basis.id = t.legal_basis_id',
  references: [
    ref('bodyId', s.bodies, L.body),
    ref('agencyId', s.agencies, L.agency),
    ref('personId', s.people, L.person),
    ref('legalBasisId', s.legalBases, L.legalBasis),
  ],
  filters: {
    bodyId: eq('body_id'),
    agencyId: eq('agency_id'),
    role: eq('role'),
    activeOn: (d: string) => ({ sql: 't.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to >= ?)', params: [d, d] }),
  },
  sorts: { validFrom: 't.valid_from' },
  defaultSort: { field: 'validFrom', dir: 'desc' },
});

export const meetings = defineRepository({
  entity: 'meeting',
  table: s.meetings,
  labels: L.meeting,
  fields: ['bodyId', 'sequence', 'titleVi', 'titleEn', 'startDate', 'endDate', 'city', 'hostCountryId', 'format', 'status', 'parentId', 'notes'],
  computed: {
    relatedCount: { sql: 'SELECT count(*) FROM meetings c WHERE c.parent_id = t.id AND c.deleted_at IS NULL' },
  },
  references: [ref('bodyId', s.bodies, L.body), ref('hostCountryId', s.countries, L.country), ref('parentId', s.meetings, L.meeting)],
  dependents: [
    { table: s.meetings, column: 'parent_id', labels: { vi: 'cuộc họp liên quan', en: 'related meetings' } },
    { table: s.delegations, column: 'meeting_id', labels: { vi: 'đoàn công tác', en: 'delegations' } },
    { table: s.actionItems, column: 'source_meeting_id', labels: { vi: 'việc cần làm', en: 'action items' } },
  ],
  filters: {
    bodyId: eq('body_id'),
    status: inList('status'),
    parentId: eqOrNull('parent_id'),
    year: (y: number) => ({ sql: "t.start_date >= ? AND t.start_date < ?", params: [`${y}-01-01`, `${y + 1}-01-01`] }),
    from: (d: string) => ({ sql: 't.end_date >= ?', params: [d] }),
    to: (d: string) => ({ sql: 't.start_date <= ?', params: [d] }),
  },
  sorts: { startDate: 't.start_date', titleVi: 't.title_vi' },
  defaultSort: { field: 'startDate', dir: 'desc' },
  search: (db, r) => {
    const code = codeOf(db, 'bodies', r.bodyId);
    return {
      title: String(r.titleVi),
      subtitle: String(r.titleEn),
      text: text(code, r.sequence, code && r.sequence ? `${code}-${String(r.sequence)}` : null, r.titleVi, r.titleEn, r.city),
    };
  },
});

export const delegations = defineRepository({
  entity: 'delegation',
  table: s.delegations,
  labels: L.delegation,
  fields: [
    'meetingId',
    'decisionNumber',
    'decisionDate',
    'decisionSigner',
    'funding',
    'fundingNote',
    'objectives',
    'positions',
    'classification',
    'status',
    'notes',
  ],
  computed: {
    headPersonId: {
      sql: "SELECT m.person_id FROM delegation_members m WHERE m.delegation_id = t.id AND m.role = 'head' AND m.deleted_at IS NULL",
    },
  },
  references: [ref('meetingId', s.meetings, L.meeting)],
  dependents: [{ table: s.delegationMembers, column: 'delegation_id', labels: { vi: 'thành viên', en: 'members' } }],
  filters: { meetingId: eq('meeting_id'), status: eq('status') },
  sorts: { createdAt: 't.id' },
  defaultSort: { field: 'createdAt', dir: 'desc' },
});

export const delegationMembers = defineRepository({
  entity: 'delegation_member',
  table: s.delegationMembers,
  labels: L.member,
  fields: ['delegationId', 'personId', 'role', 'agencyId', 'position', 'travelFrom', 'travelTo', 'sortOrder', 'notes'],
  references: [ref('delegationId', s.delegations, L.delegation), ref('personId', s.people, L.person), ref('agencyId', s.agencies, L.agency)],
  filters: { delegationId: eq('delegation_id'), personId: eq('person_id') },
  sorts: { sortOrder: 't.sort_order' },
  defaultSort: { field: 'sortOrder', dir: 'asc' },
});

function writeSupporters(db: Db, id: string, value: unknown): void {
  statement(db, 'DELETE FROM action_item_supporters WHERE action_item_id = ?').run(id);
  const insert = statement(db, 'INSERT INTO action_item_supporters (action_item_id, agency_id) VALUES (?, ?)');
  for (const agencyId of new Set((value as string[] | null) ?? [])) insert.run(id, agencyId);
}

export const actionItems = defineRepository({
  entity: 'action_item',
  table: s.actionItems,
  labels: L.actionItem,
  fields: [
    'title',
    'description',
    'sourceMeetingId',
    'sourceRef',
    'bodyId',
    'leadAgencyId',
    'supportingAgencyIds',
    'ownerPersonId',
    'dueDate',
    'status',
    'priority',
    'completedOn',
    'completionNote',
  ],
  computed: {
    supportingAgencyIds: {
      sql: 'SELECT json_group_array(agency_id) FROM (SELECT agency_id FROM action_item_supporters WHERE action_item_id = t.id ORDER BY agency_id)',
      json: true,
    },
    // Names for display, so a page of items needs no lookup of every agency and person.
    leadAgencyCode: { sql: 'lead.code' },
    leadAgencyNameVi: { sql: 'lead.name_vi' },
    leadAgencyNameEn: { sql: 'lead.name_en' },
    ownerName: { sql: 'owner.full_name' },
    bodyCode: { sql: 'body.code' },
  },
  joins: 'LEFT JOIN agencies lead ON lead.id = t.lead_agency_id LEFT JOIN people owner ON owner.id = t.owner_person_id LEFT JOIN bodies body ON body.id = t.body_id',
  relations: { supportingAgencyIds: { write: writeSupporters } },
  references: [
    ref('sourceMeetingId', s.meetings, L.meeting),
    ref('bodyId', s.bodies, L.body),
    ref('leadAgencyId', s.agencies, L.agency),
    ref('supportingAgencyIds', s.agencies, L.agency),
    ref('ownerPersonId', s.people, L.person),
  ],
  filters: {
    status: inList('status'),
    leadAgencyId: eq('lead_agency_id'),
    ownerPersonId: eq('owner_person_id'),
    bodyId: eq('body_id'),
    sourceMeetingId: eq('source_meeting_id'),
    dueFrom: (d: string) => ({ sql: 't.due_date >= ?', params: [d] }),
    dueTo: (d: string) => ({ sql: 't.due_date <= ?', params: [d] }),
  },
  sorts: { dueDate: 't.due_date', title: 't.title', createdAt: 't.id' },
  defaultSort: { field: 'dueDate', dir: 'asc' },
  search: (_db, r) => ({
    title: String(r.title),
    subtitle: (r.sourceRef as string | null) ?? null,
    text: text(r.title, r.description, r.sourceRef),
  }),
});

export const actionUpdates = defineRepository({
  entity: 'action_update',
  table: s.actionUpdates,
  labels: L.actionUpdate,
  fields: ['actionItemId', 'date', 'note', 'statusAfter', 'authorPersonId'],
  references: [ref('actionItemId', s.actionItems, L.actionItem), ref('authorPersonId', s.people, L.person)],
  filters: { actionItemId: eq('action_item_id') },
  sorts: { date: 't.date' },
  defaultSort: { field: 'date', dir: 'desc' },
});

export const repositories = {
  pillars,
  countries,
  legalBases,
  agencies,
  agencySuccessions,
  bodies,
  people,
  focalAssignments,
  meetings,
  delegations,
  delegationMembers,
  actionItems,
  actionUpdates,
} satisfies Record<string, Repository>;

export type RepositoryName = keyof typeof repositories;
export type { Row };
