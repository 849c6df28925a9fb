import { meetingOverview, nextSequence } from '../../db/repo/meetings';
import { meetings } from '../../db/repo/meetings';
import { meetingFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';
import { refuseDuplicates } from './duplicates';

const base = crudHandlers('meetings', meetings, meetingFields, recordRules.meetings);

export const meetingHandlers = {
  ...base,
  // A second meeting of the same body with the same number is refused unless intended.
  'meetings.create': (ctx, { duplicateIntended, ...input }) => {
    if (!duplicateIntended) refuseDuplicates(ctx, 'meeting', input);
    return base['meetings.create'](ctx, input);
  },
  'meetings.update': (ctx, { duplicateIntended, ...input }) =>
    base['meetings.update'](ctx, input, (merged) => {
      if (!duplicateIntended && ('bodyId' in input.changes || 'sequence' in input.changes)) refuseDuplicates(ctx, 'meeting', { ...merged, id: input.id });
    }),
  'meetings.nextSequence': (ctx, input) => ({ sequence: nextSequence(ctx.db, input.bodyId) }),
  'meetings.overview': (ctx, input) => meetingOverview(ctx.db, input.id),
} satisfies Partial<HandlerMap>;
