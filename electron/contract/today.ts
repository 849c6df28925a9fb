import { z } from 'zod';
import { actionItemSchema } from './actionItems';
import { def } from './define';
import { readinessSchema } from './delegations';
import { changeEntrySchema } from './history';
import { meetingSchema } from './meetings';
import { id, isoDate } from './primitives';
import { bodySchema } from './reference';
import { timelineTaskSchema } from './timeline';

// The Today screen: upcoming meetings with their preparation, overdue and soon-due work, bodies
// without a focal point, recent changes, as of the office's today.

const meetingBrief = meetingSchema.extend({ bodyCode: z.string() });
const count = z.number().int().min(0);

export const todaySummarySchema = z.object({
  date: isoDate,
  /** The nearest upcoming meetings (at most `limit`), and how many there are in the horizon. */
  upcoming: z.array(z.object({ meeting: meetingBrief, delegationId: id.nullable(), readiness: readinessSchema })),
  upcomingTotal: count,
  /** The longest overdue first (at most `limit`), and how many are overdue. */
  overdue: z.array(actionItemSchema),
  overdueTotal: count,
  dueSoon: z.array(actionItemSchema),
  dueSoonTotal: count,
  bodiesWithoutFocalPoint: z.array(bodySchema.pick({ id: true, code: true, nameVi: true, nameEn: true, kind: true })),
  bodiesWithoutFocalPointTotal: count,
  /** The preparation steps overdue or due soon (common/timeline.ts), overdue first, and how many. */
  timelineTasks: z.array(timelineTaskSchema),
  timelineTasksTotal: count,
  /** The totals are counted up to this; a total of countCap + 1 means "more than countCap". */
  countCap: count,
  /** `title` in Vietnamese (or the record's own words); `titleEn` where the record has an English name. */
  recentChanges: z.array(changeEntrySchema.extend({ title: z.string().nullable(), titleEn: z.string().nullable() })),
});

export const todayMethods = {
  'today.summary': def(
    'read',
    z
      .object({
        /** Defaults to the office's today. */
        date: isoDate.optional(),
        horizonDays: z.number().int().min(1).max(366).default(90),
        dueSoonDays: z.number().int().min(1).max(366).default(30),
        /** How many of each list (meetings, overdue, due soon, bodies); the rest is counted. */
        limit: z.number().int().min(1).max(200).default(12),
      })
      .strict(),
    todaySummarySchema,
  ),
};

export type TodaySummary = z.infer<typeof todaySummarySchema>;
