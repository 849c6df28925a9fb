// How an action item stood on a given day: THE definitions that every count and list of the
// documents (annual report, briefing), the Today summary and the screens use, so that no two
// sections of a report can disagree about the same item.
//
// - Done by day D: status 'done' and completed on or before D (an item marked done later, with a
//   completion date after D, was still open on D). An old record done without a date counts as
//   done by any day, and done in no year.
// - Done in year Y: status 'done' and completed within Y (01/01/Y to 31/12/Y).
// - Open on D: status open, in progress or blocked today, or done after D.
// - Overdue on D: open on D and due before D (due on D itself is not yet overdue).
// - Cancelled items are neither open nor done (their cancellation has no date).
//
// The SQL fragments below say the same in SQL for the queries that count over the whole table.
import type { ActionStatus } from './enums';

/** The statuses of an item still to be done. */
export const OPEN_STATUSES = ['open', 'in_progress', 'blocked'] as const satisfies readonly ActionStatus[];

export interface ActionFacts {
  status: string;
  dueDate: string | null;
  completedOn: string | null;
}

const isOpenStatus = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);

/** Done on or before `day`. */
export function isDoneBy(item: ActionFacts, day: string): boolean {
  return item.status === 'done' && (item.completedOn === null || item.completedOn <= day);
}

/** Done within the calendar year. */
export function isDoneInYear(item: ActionFacts, year: number): boolean {
  return item.status === 'done' && item.completedOn !== null && item.completedOn >= `${year}-01-01` && item.completedOn <= `${year}-12-31`;
}

/** Still to be done on `day`: open now, or done only after that day. */
export function isOpenOn(item: ActionFacts, day: string): boolean {
  return isOpenStatus(item.status) || (item.status === 'done' && !isDoneBy(item, day));
}

/** Open on `day` and due before it. */
export function isOverdueOn(item: ActionFacts, day: string): boolean {
  return isOpenOn(item, day) && item.dueDate !== null && item.dueDate < day;
}

/**
 * The status the item had on `day`, as far as the record tells: its status, except that an item
 * done after that day was then in progress.
 */
export function statusOn(item: ActionFacts, day: string): ActionStatus {
  if (item.status === 'done' && !isDoneBy(item, day)) return 'in_progress';
  return item.status as ActionStatus;
}

/** The same definitions in SQL, over an action_items row aliased `t`; `@day`, `@from`, `@to` are bound by the caller. */
export const ACTION_SQL = {
  openStatus: `t.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`,
  doneBy: (day = '@day') => `(t.status = 'done' AND (t.completed_on IS NULL OR t.completed_on <= ${day}))`,
  doneBetween: (from = '@from', to = '@to') => `(t.status = 'done' AND t.completed_on BETWEEN ${from} AND ${to})`,
  /** Done, but after `day`: open on that day. */
  doneAfter: (day = '@day') => `(t.status = 'done' AND t.completed_on > ${day})`,
  overdueOn: (day = '@day', due = 't.due_date') => `(${due} < ${day})`,
} as const;

/**
 * Who answers for an item, wherever a report groups items by responsible unit: its lead agency;
 * without one, its owner's agency (an item with an owner IS assigned). Only an item with neither
 * is "not assigned". The items whose owner has no agency recorded are grouped under this key.
 */
export const OWNER_WITHOUT_UNIT = '~owner';
