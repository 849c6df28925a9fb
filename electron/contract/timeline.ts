import { z } from 'zod';
import { BODY_KINDS } from '../../common/enums';
import { MAX_LEAD_DAYS, STEP_STATES, TIMELINE_STEPS } from '../../common/timeline';
import { def, none } from './define';
import { id, isoDate } from './primitives';

// The preparation timeline: the template of lead times per kind of meeting (Settings), and a
// meeting's dated steps (common/timeline.ts holds the rule).

const days = z.number().int().min(0).max(MAX_LEAD_DAYS);
export const leadTimesSchema = z.object(Object.fromEntries(TIMELINE_STEPS.map((s) => [s, days])) as Record<(typeof TIMELINE_STEPS)[number], typeof days>);
/** Per kind of meeting, the lead times that differ from the defaults. */
export const timelineTemplateSchema = z.partialRecord(z.enum(BODY_KINDS), leadTimesSchema.partial().strict());

export const timelineEntrySchema = z.object({
  step: z.enum(TIMELINE_STEPS),
  days,
  due: isoDate,
  state: z.enum(STEP_STATES),
  daysLeft: z.number().int(),
});

export const timelineTaskSchema = timelineEntrySchema.extend({
  meetingId: id,
  meetingTitleVi: z.string(),
  meetingTitleEn: z.string(),
  bodyCode: z.string(),
  sequence: z.number().int().nullable(),
});

export const timelineMethods = {
  'timeline.template': def('read', none.strict(), z.object({ template: timelineTemplateSchema, defaults: leadTimesSchema })),
  'timeline.setTemplate': def('write', z.object({ template: timelineTemplateSchema }).strict(), z.object({ template: timelineTemplateSchema, defaults: leadTimesSchema })),
  /** A meeting's steps on the office's today (or `date`), in the order of their due days. */
  'timeline.meeting': def('read', z.object({ meetingId: id, date: isoDate.optional() }).strict(), z.object({ steps: z.array(timelineEntrySchema) })),
};

export type TimelineEntryOut = z.infer<typeof timelineEntrySchema>;
export type TimelineTask = z.infer<typeof timelineTaskSchema>;
