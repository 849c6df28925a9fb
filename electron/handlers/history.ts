import { changedSince, historyOf, namesOf, recentChanges } from '../../db/repo/history';
import { getMeta } from '../../db/repo/core/meta';
import { JOINED_SNAPSHOT_META } from '../services/exchange/round';
import type { HandlerMap } from './context';

export const historyHandlers = {
  'history.get': (ctx, input) => historyOf(ctx.db, input.ids, input.limit),
  'history.names': (ctx, input) => namesOf(ctx.db, input.ids),
  'history.start': (ctx) => {
    const raw = getMeta(ctx.db, JOINED_SNAPSHOT_META);
    if (!raw) return null;
    const v = JSON.parse(raw) as { at: string; laptop: string | null };
    return { joinedAt: v.at, laptop: v.laptop };
  },
  'changes.recent': (ctx, input) => recentChanges(ctx.db, input.limit),
  'changes.since': (ctx, input) => changedSince(ctx.db, input.seq),
} satisfies Partial<HandlerMap>;
