import { searchAll } from '../../db/repo/search';
import type { HandlerMap } from './context';

export const searchHandlers = {
  'search.global': (ctx, input) => searchAll(ctx.db, input.q, { limit: input.limit, ...(input.entities ? { entities: input.entities } : {}) }),
} satisfies Partial<HandlerMap>;
