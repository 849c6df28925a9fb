import { actionItems, actionUpdates } from '../../db/repo/actionItems';
import { COUNT_CAP } from '../../db/repo/today';
import { actionItemFields, actionUpdateFields } from '../contract';
import { today, writeContext, type HandlerMap } from './context';
import { checkCompletion } from './completion';
import { crudHandlers } from './crud';

const itemHandlers = crudHandlers('actionItems', actionItems, actionItemFields);

export const actionItemHandlers = {
  ...itemHandlers,
  'actionItems.create': (ctx, input) => {
    checkCompletion(input, today(ctx), true);
    return itemHandlers['actionItems.create'](ctx, input);
  },
  'actionItems.update': (ctx, input) => {
    const closing = 'status' in input.changes || 'completedOn' in input.changes;
    const day = today(ctx);
    return itemHandlers['actionItems.update'](ctx, input, (merged) => checkCompletion(merged, day, closing, ['changes', 'completedOn']));
  },
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
      // Closing many at once asks for their completion date too (the same rule as one item's).
      if (input.status === 'done') {
        checkCompletion({ status: 'done', completedOn: input.completedOn ?? null }, day, true);
        changes.completedOn = input.completedOn;
      }
      const row = actionItems.update(ctx.db, write, { id, version, changes });
      if (input.note) actionUpdates.create(ctx.db, write, { actionItemId: id, date: day, note: input.note, statusAfter: input.status });
      return row;
    });
    return { items };
  },
} satisfies Partial<HandlerMap>;
