// ASEAN documents ("văn kiện") Viet Nam comments on and approves, with the meeting that adopts them.
import * as s from '../schema';
import { computed, defineRepository } from './core/repository';
import { L, eq, inList, ref } from './core/fields';

export const aseanDocuments = defineRepository({
  entity: 'asean_document',
  table: s.aseanDocuments,
  labels: L.document,
  fields: [
    'kind',
    'titleVi',
    'titleEn',
    'bodyId',
    'meetingId',
    'status',
    'commentDeadline',
    'commentAgencyId',
    'commentPersonId',
    'approvalLevel',
    'approvalRef',
    'approvedOn',
    'summary',
    'summaryEn',
    'notes',
  ],
  computed: {
    // Names for display, so a page of documents needs no lookup of each body, meeting and unit.
    bodyCode: computed<string | null>('body.code'),
    meetingTitleVi: computed<string | null>('meeting.title_vi'),
    meetingTitleEn: computed<string | null>('meeting.title_en'),
    meetingStartDate: computed<string | null>('meeting.start_date'),
    // "ASOEN 35": the meeting as the office names it, for a column too narrow for its full title.
    meetingCode: computed<string | null>("CASE WHEN meeting.id IS NULL THEN NULL ELSE meeting_body.code || coalesce(' ' || meeting.sequence, '') END"),
    commentAgencyCode: computed<string | null>('agency.code'),
    commentAgencyNameVi: computed<string | null>('agency.name_vi'),
    commentAgencyNameEn: computed<string | null>('agency.name_en'),
    commentPersonName: computed<string | null>('person.full_name'),
  },
  joins:
    'LEFT JOIN bodies body ON body.id = t.body_id LEFT JOIN meetings meeting ON meeting.id = t.meeting_id LEFT JOIN bodies meeting_body ON meeting_body.id = meeting.body_id LEFT JOIN agencies agency ON agency.id = t.comment_agency_id LEFT JOIN people person ON person.id = t.comment_person_id',
  references: [
    ref('bodyId', s.bodies, L.body),
    ref('meetingId', s.meetings, L.meeting),
    ref('commentAgencyId', s.agencies, L.agency),
    ref('commentPersonId', s.people, L.person),
  ],
  filters: {
    status: inList('status'),
    kind: eq('kind'),
    meetingId: eq('meeting_id'),
    // The documents of a meeting's page: those it adopts and those its (live) agenda items concern,
    // each once, found here rather than by reading every document of the desk in the screen.
    concerningMeetingId: (m: string) => ({
      sql: '(t.meeting_id = ? OR t.id IN (SELECT aid.document_id FROM agenda_item_documents aid JOIN agenda_items ai ON ai.id = aid.agenda_item_id WHERE ai.meeting_id = ? AND ai.deleted_at IS NULL))',
      params: [m, m],
    }),
    bodyId: eq('body_id'),
    commentAgencyId: eq('comment_agency_id'),
    deadlineFrom: (d: string) => ({ sql: 't.comment_deadline >= ?', params: [d] }),
    deadlineTo: (d: string) => ({ sql: 't.comment_deadline <= ?', params: [d] }),
  },
  // The pickers find a document by its titles and its body's code (a desk holds hundreds).
  pickerText: (r) => [r.titleVi, r.titleEn, r.bodyCode].filter(Boolean).join(' '),
  sorts: { commentDeadline: "coalesce(t.comment_deadline, '9999-12-31')", titleVi: 't.title_vi', createdAt: 't.id' },
  defaultSort: { field: 'commentDeadline', dir: 'asc' },
});
