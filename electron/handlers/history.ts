import { changedSince, historyOf, namesOf, recentChanges } from '../../db/repo/history';
import type { HandlerMap } from './context';

export const historyHandlers = {
  'history.get': (ctx, input) => historyOf(ctx.db, input.ids, input.limit),
  'history.names': (ctx, input) => namesOf(ctx.db, input.ids),
  'changes.recent': (ctx, input) => recentChanges(ctx.db, input.limit),
  'changes.since': (ctx, input) => changedSince(ctx.db, input.seq),
} satisfies Partial<HandlerMap>;
