// The directory: legal bases, agencies and their successions, people.
import * as s from '../schema';
import { defineRepository } from './core/repository';
import { L, eq, eqOrNull, ref, text } from './core/fields';

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
