import { AppError } from '../../db/errors';
import { agendaItems, meetingContacts } from '../../db/repo/agenda';
import { agendaItemFields, meetingContactFields } from '../contract';
import { writeContext, type HandlerMap } from './context';
import { crudHandlers } from './crud';

export const agendaHandlers = {
  ...crudHandlers('agendaItems', agendaItems, agendaItemFields),
  // The order given becomes the numbers 1, 2, …; only items whose number changes are written.
  'agendaItems.reorder': (ctx, input) => {
    const write = writeContext(ctx);
    const items = input.items.map(({ id, version }, i) => {
      const item = agendaItems.get(ctx.db, id);
      if (item.meetingId !== input.meetingId)
        throw new AppError('VALIDATION', { vi: 'Mục này không thuộc chương trình nghị sự của cuộc họp.', en: 'This item is not on the meeting’s agenda.' }, { id });
      return item.number === i + 1 && item.version === version ? item : agendaItems.update(ctx.db, write, { id, version, changes: { number: i + 1 } });
    });
    return { items };
  },
  ...crudHandlers('meetingContacts', meetingContacts, meetingContactFields),
} satisfies Partial<HandlerMap>;
