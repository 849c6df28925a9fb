import { todaySummary } from '../../db/repo/today';
import { today, type HandlerMap } from './context';

export const todayHandlers = {
  'today.summary': (ctx, input) => todaySummary(ctx.db, input.date ?? today(ctx), input.horizonDays, input.dueSoonDays, input.limit),
} satisfies Partial<HandlerMap>;
