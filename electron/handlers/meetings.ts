import { exchangeStanding } from '../../db/exchange/classified';
import { meetingOverview, nextSequence } from '../../db/repo/meetings';
import { meetings } from '../../db/repo/meetings';
import { meetingFields, recordRules } from '../contract';
import { relatedToCarryHeld } from '../../common/meetingStatus';
import { AppError } from '../../db/errors';
import { today, writeContext, type HandlerContext, type HandlerMap } from './context';
import { crudHandlers } from './crud';
import { refuseDuplicates } from './duplicates';

/**
 * Marks the listed related meetings of `parent` held, in the update's own transaction (each a
 * write of its own through the change log): only when the parent is now held, and only meetings
 * under it that the rule allows (still planned or confirmed, their last day come).
 */
function carryHeld(ctx: HandlerContext, parent: { id: string; status: string }, listed: Array<{ id: string; version: number }>): void {
  const refuse = (vi: string, en: string, id: string) => {
    throw new AppError('VALIDATION', { vi, en }, { id });
  };
  if (parent.status !== 'held') refuse('Chỉ chuyển trạng thái “Đã diễn ra” cho các cuộc họp liên quan khi cuộc họp chính đã diễn ra.', 'Related meetings are marked held only with a meeting that is itself held.', parent.id);
  const day = today(ctx);
  const write = writeContext(ctx);
  for (const { id, version } of listed) {
    const related = meetings.get(ctx.db, id);
    if (related.parentId !== parent.id) refuse('Cuộc họp này không phải là cuộc họp liên quan của cuộc họp đang lưu.', 'This meeting is not related to the meeting being saved.', id);
    if (relatedToCarryHeld([related], day).length === 0)
      refuse(
        `Không thể chuyển “${related.titleVi}” sang “Đã diễn ra”: cuộc họp này không còn ở trạng thái dự kiến hoặc chưa đến ngày kết thúc.`,
        `“${related.titleEn}” cannot be marked held: it is no longer planned, or its last day has not come.`,
        id,
      );
    meetings.update(ctx.db, write, { id, version, changes: { status: 'held' } });
  }
}

const base = crudHandlers('meetings', meetings, meetingFields, recordRules.meetings);

export const meetingHandlers = {
  ...base,
  // A second meeting of the same body with the same number is refused unless intended.
  'meetings.create': (ctx, { duplicateIntended, ...input }) => {
    if (!duplicateIntended) refuseDuplicates(ctx, 'meeting', input);
    return base['meetings.create'](ctx, input);
  },
  'meetings.update': (ctx, { duplicateIntended, relatedHeld, ...input }) => {
    const saved = base['meetings.update'](ctx, input, (merged) => {
      if (!duplicateIntended && ('bodyId' in input.changes || 'sequence' in input.changes)) refuseDuplicates(ctx, 'meeting', { ...merged, id: input.id });
    });
    if (relatedHeld?.length) carryHeld(ctx, saved, relatedHeld);
    return saved;
  },
  'meetings.nextSequence': (ctx, input) => ({ sequence: nextSequence(ctx.db, input.bodyId) }),
  'meetings.overview': (ctx, input) => {
    const overview = meetingOverview(ctx.db, input.id);
    return { ...overview, delegationExchange: overview.delegation ? exchangeStanding(ctx.db, overview.delegation.id) : null };
  },
} satisfies Partial<HandlerMap>;
