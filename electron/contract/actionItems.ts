import { z } from 'zod';
import { ACTION_STATUSES, PRIORITIES } from '../../common/enums';
import { crud, def, statusList } from './define';
import { entityOf, id, isoDate, optionalDate, optionalId, optionalText, plainString, requiredText, version } from './primitives';

// What Viet Nam owes after each meeting: action items, their progress updates, the count beside
// the filtered list, and closing or reopening many at once.

export const actionItemFields = z.object({
  title: requiredText(500, 'lines'),
  description: optionalText(20000, 'lines'),
  sourceMeetingId: optionalId,
  sourceRef: optionalText(300),
  bodyId: optionalId,
  leadAgencyId: optionalId,
  supportingAgencyIds: z.array(id).max(50).default([]),
  ownerPersonId: optionalId,
  dueDate: optionalDate,
  status: z.enum(ACTION_STATUSES).default('open'),
  priority: z.enum(PRIORITIES).default('normal'),
  completedOn: optionalDate,
  completionNote: optionalText(4000, 'lines'),
});

export const actionUpdateFields = z.object({
  actionItemId: id,
  date: isoDate,
  note: requiredText(8000, 'lines'),
  statusAfter: z.enum(ACTION_STATUSES).nullable().optional(),
  authorPersonId: optionalId,
});

/** An action item, with the names a list shows beside it. */
export const actionItemSchema = entityOf(actionItemFields).extend({
  leadAgencyCode: z.string().nullable(),
  leadAgencyNameVi: z.string().nullable(),
  leadAgencyNameEn: z.string().nullable(),
  ownerName: z.string().nullable(),
  bodyCode: z.string().nullable(),
});
export const actionUpdateSchema = entityOf(actionUpdateFields);

/** The filter of the Action items list, its count and its exports. */
export const actionItemFilter = z.object({
  status: statusList(ACTION_STATUSES).optional(),
  leadAgencyId: id.optional(),
  ownerPersonId: id.optional(),
  bodyId: id.optional(),
  sourceMeetingId: id.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
});

export const actionItemMethods = {
  ...crud('actionItems', actionItemFields, actionItemSchema, actionItemFilter, ['dueDate', 'title', 'createdAt']),
  ...crud('actionUpdates', actionUpdateFields, actionUpdateSchema, z.object({ actionItemId: id.optional() }), ['date']),
  /**
   * How many items the list shows. With a search, counted up to COUNT_CAP (db/repo/actionItems.ts): `more` says
   * there are more than `count` (a common word is in most of a large desk's items, and counting
   * them all took seconds).
   */
  'actionItems.count': def(
    'read',
    z.object({ filter: actionItemFilter.strict().optional(), q: plainString(200).optional() }).strict(),
    z.object({ count: z.number().int().min(0), more: z.boolean() }).strict(),
  ),
  'actionItems.bulkStatus': def(
    'write',
    z
      .object({
        items: z.array(z.object({ id, version }).strict()).min(1).max(500),
        status: z.enum(ACTION_STATUSES),
        /** For 'done': the day the items were completed, asked of the officer (required; not after today). */
        completedOn: isoDate.optional(),
        note: optionalText(4000, 'lines'),
      })
      .strict(),
    z.object({ items: z.array(actionItemSchema) }),
  ),
};

export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
