// The agenda of a meeting (numbered items with Viet Nam's position and talking points, and the
// documents each concerns) and the meeting's contacts (host, ASEAN Secretariat, embassy).
import type { DocumentKind, DocumentStatus } from '../../common/enums';
import type { Db } from '../open';
import * as s from '../schema';
import { computed, defineRepository } from './core/repository';
import { statement } from './core/statements';
import { L, eq, ref } from './core/fields';

function writeDocuments(db: Db, id: string, value: unknown): void {
  statement(db, 'DELETE FROM agenda_item_documents WHERE agenda_item_id = ?').run(id);
  const insert = statement(db, 'INSERT INTO agenda_item_documents (agenda_item_id, document_id) VALUES (?, ?)');
  for (const documentId of new Set((value as string[] | null) ?? [])) insert.run(id, documentId);
}

export const agendaItems = defineRepository({
  entity: 'agenda_item',
  table: s.agendaItems,
  labels: L.agendaItem,
  fields: ['meetingId', 'number', 'titleVi', 'titleEn', 'leadAgencyId', 'position', 'positionEn', 'talkingPoints', 'talkingPointsEn', 'documentIds', 'notes'],
  computed: {
    documentIds: computed<string[]>(
      'SELECT json_group_array(document_id) FROM (SELECT document_id FROM agenda_item_documents WHERE agenda_item_id = t.id ORDER BY document_id)',
      { json: true },
    ),
    /** The live documents it concerns, named for display (the briefing and the Agenda tab). */
    documents: computed<Array<{ id: string; titleVi: string; titleEn: string | null; kind: DocumentKind; status: DocumentStatus }>>(
      `SELECT json_group_array(json_object('id', d.id, 'titleVi', d.title_vi, 'titleEn', d.title_en, 'kind', d.kind, 'status', d.status))
         FROM (SELECT d.* FROM agenda_item_documents x JOIN asean_documents d ON d.id = x.document_id WHERE x.agenda_item_id = t.id AND d.deleted_at IS NULL ORDER BY d.title_vi) d`,
      { json: true },
    ),
    leadAgencyCode: computed<string | null>('lead.code'),
    leadAgencyNameVi: computed<string | null>('lead.name_vi'),
    leadAgencyNameEn: computed<string | null>('lead.name_en'),
  },
  joins: 'LEFT JOIN agencies lead ON lead.id = t.lead_agency_id',
  relations: { documentIds: { write: writeDocuments } },
  references: [ref('meetingId', s.meetings, L.meeting), ref('leadAgencyId', s.agencies, L.agency), ref('documentIds', s.aseanDocuments, L.document)],
  filters: { meetingId: eq('meeting_id'), leadAgencyId: eq('lead_agency_id') },
  sorts: { number: 't.number' },
  defaultSort: { field: 'number', dir: 'asc' },
});

export const meetingContacts = defineRepository({
  entity: 'meeting_contact',
  table: s.meetingContacts,
  labels: L.contact,
  fields: ['meetingId', 'kind', 'name', 'organisation', 'email', 'phone', 'notes', 'sortOrder'],
  references: [ref('meetingId', s.meetings, L.meeting)],
  filters: { meetingId: eq('meeting_id'), kind: eq('kind') },
  sorts: { sortOrder: 't.sort_order' },
  defaultSort: { field: 'sortOrder', dir: 'asc' },
});

/** The meeting's agenda in order (an agenda has tens of items, never a page's worth). */
export function agendaOf(db: Db, meetingId: string) {
  return agendaItems.list(db, { filter: { meetingId }, sort: { field: 'number', dir: 'asc' }, limit: 500 }).items;
}
