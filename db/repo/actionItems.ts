// Action items and their progress updates.
import type { Db } from '../open';
import * as s from '../schema';
import { computed, defineRepository } from './core/repository';
import { statement } from './core/statements';
import { L, eq, inList, ref, text } from './core/fields';

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
    supportingAgencyIds: computed<string[]>(
      'SELECT json_group_array(agency_id) FROM (SELECT agency_id FROM action_item_supporters WHERE action_item_id = t.id ORDER BY agency_id)',
      { json: true },
    ),
    // Names for display, so a page of items needs no lookup of every agency and person.
    leadAgencyCode: computed<string | null>('lead.code'),
    leadAgencyNameVi: computed<string | null>('lead.name_vi'),
    leadAgencyNameEn: computed<string | null>('lead.name_en'),
    ownerName: computed<string | null>('owner.full_name'),
    bodyCode: computed<string | null>('body.code'),
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
