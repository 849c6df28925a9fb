import { z } from 'zod';
import { CONTACT_KINDS, DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../../common/enums';
import { crud, def } from './define';
import { entityOf, id, optionalId, optionalText, requiredText, version } from './primitives';

// The agenda of a meeting (numbered items, Viet Nam's position and talking points in Vietnamese
// and English, the documents each concerns) and the meeting's contacts.

export const agendaItemFields = z.object({
  meetingId: id,
  number: z.number().int().min(1).max(999),
  titleVi: requiredText(500, 'lines'),
  titleEn: optionalText(500, 'lines'),
  leadAgencyId: optionalId,
  position: optionalText(20000, 'lines'),
  positionEn: optionalText(20000, 'lines'),
  talkingPoints: optionalText(20000, 'lines'),
  talkingPointsEn: optionalText(20000, 'lines'),
  documentIds: z.array(id).max(50).default([]),
  notes: optionalText(8000, 'lines'),
});

export const agendaItemSchema = entityOf(agendaItemFields).extend({
  /** The live documents it concerns, by title. */
  documents: z.array(z.object({ id, titleVi: z.string(), titleEn: z.string().nullable(), kind: z.enum(DOCUMENT_KINDS), status: z.enum(DOCUMENT_STATUSES) })),
  leadAgencyCode: z.string().nullable(),
  leadAgencyNameVi: z.string().nullable(),
  leadAgencyNameEn: z.string().nullable(),
});

export const meetingContactFields = z.object({
  meetingId: id,
  kind: z.enum(CONTACT_KINDS),
  name: requiredText(200),
  organisation: optionalText(300),
  email: optionalText(200),
  phone: optionalText(80),
  notes: optionalText(4000, 'lines'),
  sortOrder: z.number().int().min(0).max(10000).default(0),
});

export const meetingContactSchema = entityOf(meetingContactFields);

export const agendaMethods = {
  ...crud('agendaItems', agendaItemFields, agendaItemSchema, z.object({ meetingId: id.optional(), leadAgencyId: id.optional() }), ['number']),
  /** Puts a meeting's agenda in the order given (numbers 1, 2, …), each item a write of its own. */
  'agendaItems.reorder': def(
    'write',
    z.object({ meetingId: id, items: z.array(z.object({ id, version }).strict()).min(1).max(500) }).strict(),
    z.object({ items: z.array(agendaItemSchema) }),
  ),
  ...crud('meetingContacts', meetingContactFields, meetingContactSchema, z.object({ meetingId: id.optional(), kind: z.enum(CONTACT_KINDS).optional() }), ['sortOrder']),
};

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type MeetingContact = z.infer<typeof meetingContactSchema>;
