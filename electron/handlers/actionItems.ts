import { actionItems, actionUpdates } from '../../db/repo/actionItems';
import { COUNT_CAP } from '../../db/repo/today';
import { actionItemFields, actionUpdateFields } from '../contract';
import { today, writeContext, type HandlerMap } from './context';
import { crudHandlers } from './crud';

export const actionItemHandlers = {
  ...crudHandlers('actionItems', actionItems, actionItemFields),
  ...crudHandlers('actionUpdates', actionUpdates, actionUpdateFields),
  'actionItems.count': (ctx, input) => {
    const filter = input.filter ? { filter: input.filter } : {};
    if (!input.q?.trim()) return { count: actionItems.count(ctx.db, filter), more: false };
    const n = actionItems.count(ctx.db, { ...filter, q: input.q }, COUNT_CAP + 1);
    return { count: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
  },
  'actionItems.bulkStatus': (ctx, input) => {
    const write = writeContext(ctx);
    const day = today(ctx);
    const items = input.items.map(({ id, version }) => {
      const changes: Record<string, unknown> = { status: input.status };
      if (input.status === 'done') changes.completedOn = input.completedOn ?? day;
      const row = actionItems.update(ctx.db, write, { id, version, changes });
      if (input.note) actionUpdates.create(ctx.db, write, { actionItemId: id, date: day, note: input.note, statusAfter: input.status });
      return row;
    });
    return { items };
  },
} satisfies Partial<HandlerMap>;
