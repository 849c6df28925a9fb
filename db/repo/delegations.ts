// Viet Nam's delegations and their members.
import * as s from '../schema';
import { computed, defineRepository } from './core/repository';
import { L, eq, ref } from './core/fields';

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
    'objectivesEn',
    'positionsEn',
    'classification',
    'status',
    'notes',
  ],
  computed: {
    headPersonId: computed<string | null>("SELECT m.person_id FROM delegation_members m WHERE m.delegation_id = t.id AND m.role = 'head' AND m.deleted_at IS NULL"),
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
  fields: [
    'delegationId',
    'personId',
    'role',
    'agencyId',
    'position',
    'travelFrom',
    'travelTo',
    'sortOrder',
    'notes',
    'flightOut',
    'flightBack',
    'hotel',
    'visaStatus',
    'perDiemBasis',
  ],
  references: [ref('delegationId', s.delegations, L.delegation), ref('personId', s.people, L.person), ref('agencyId', s.agencies, L.agency)],
  filters: { delegationId: eq('delegation_id'), personId: eq('person_id') },
  sorts: { sortOrder: 't.sort_order' },
  defaultSort: { field: 'sortOrder', dir: 'asc' },
});
