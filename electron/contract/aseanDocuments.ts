import { z } from 'zod';
import { APPROVAL_LEVELS, DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../../common/enums';
import { crud, statusList } from './define';
import { entityOf, id, isoDate, optionalDate, optionalId, optionalText, requiredText } from './primitives';

// ASEAN documents ("văn kiện"): declarations, joint statements, action plans, terms of reference,
// nominations; the meeting that adopts each, where it stands, the comment deadline and who in
// Viet Nam comments, and the domestic approval it needs (a Government resolution: 276/NQ-CP).

export const aseanDocumentFields = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  titleVi: requiredText(500),
  titleEn: optionalText(500),
  bodyId: optionalId,
  meetingId: optionalId,
  status: z.enum(DOCUMENT_STATUSES).default('draft'),
  commentDeadline: optionalDate,
  commentAgencyId: optionalId,
  commentPersonId: optionalId,
  approvalLevel: z.enum(APPROVAL_LEVELS).default('none'),
  approvalRef: optionalText(120),
  approvedOn: optionalDate,
  summary: optionalText(20000, 'lines'),
  summaryEn: optionalText(20000, 'lines'),
  notes: optionalText(8000, 'lines'),
});

/** A document, with the names a list shows beside it. */
export const aseanDocumentSchema = entityOf(aseanDocumentFields).extend({
  bodyCode: z.string().nullable(),
  meetingTitleVi: z.string().nullable(),
  meetingTitleEn: z.string().nullable(),
  meetingStartDate: isoDate.nullable(),
  /** The meeting's body code and number ("ASOEN 35"). */
  meetingCode: z.string().nullable(),
  commentAgencyCode: z.string().nullable(),
  commentAgencyNameVi: z.string().nullable(),
  commentAgencyNameEn: z.string().nullable(),
  commentPersonName: z.string().nullable(),
});

export const aseanDocumentFilter = z.object({
  status: statusList(DOCUMENT_STATUSES).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  meetingId: id.optional(),
  /** Adopted at this meeting or concerned by one of its agenda items. */
  concerningMeetingId: id.optional(),
  bodyId: id.optional(),
  commentAgencyId: id.optional(),
  deadlineFrom: isoDate.optional(),
  deadlineTo: isoDate.optional(),
});

export const aseanDocumentMethods = {
  ...crud('aseanDocuments', aseanDocumentFields, aseanDocumentSchema, aseanDocumentFilter, ['commentDeadline', 'titleVi', 'createdAt'], undefined, { duplicates: true }),
};

export type AseanDocument = z.infer<typeof aseanDocumentSchema>;
