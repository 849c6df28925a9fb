import { meetingOverview, nextSequence } from '../../db/repo/meetings';
import { meetings } from '../../db/repo/meetings';
import { meetingFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';

export const meetingHandlers = {
  ...crudHandlers('meetings', meetings, meetingFields, recordRules.meetings),
  'meetings.nextSequence': (ctx, input) => ({ sequence: nextSequence(ctx.db, input.bodyId) }),
  'meetings.overview': (ctx, input) => meetingOverview(ctx.db, input.id),
} satisfies Partial<HandlerMap>;
