// The completion date of an action item: asked of the officer whenever an item is closed (never
// taken silently as today, so an item finished in 2024 and recorded in 2026 counts in 2024), and
// never after the office day. It may be before the item was entered or before its source meeting:
// offices record work after the fact, and work is often finished ahead of the meeting that notes it.
import { AppError } from '../../db/errors';
import type { FieldIssue } from '../contract';

function refuse(path: Array<string | number>, key: 'completed_on_required' | 'completed_in_future', today: string): AppError {
  const day = today.split('-').reverse().join('/');
  const messages =
    key === 'completed_on_required'
      ? { vi: 'Hãy nhập ngày hoàn thành của việc này (ngày việc thực sự xong, không nhất thiết là hôm nay).', en: 'Enter the date this item was completed (the day it was actually done, not necessarily today).' }
      : { vi: `Ngày hoàn thành không được sau hôm nay (${day}).`, en: `The completion date cannot be after today (${day}).` };
  const err = new AppError('VALIDATION', messages);
  const issue: FieldIssue = { path, code: 'custom', key };
  (err as { issues?: FieldIssue[] }).issues = [issue];
  return err;
}

/**
 * Checks an item's status and completion date. `closing`: the write sets the status or the date
 * (a create, or an update that changes either), so a done item must say when it was done.
 */
export function checkCompletion(record: { status?: unknown; completedOn?: unknown }, today: string, closing: boolean, path: Array<string | number> = ['completedOn']): void {
  const completedOn = typeof record.completedOn === 'string' ? record.completedOn : null;
  if (completedOn !== null && completedOn > today) throw refuse(path, 'completed_in_future', today);
  if (closing && record.status === 'done' && completedOn === null) throw refuse(path, 'completed_on_required', today);
}
