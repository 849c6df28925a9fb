import { AppError } from '../../db/errors';
import type { HandlerMap } from './context';

const notYet = () => {
  throw new AppError('INTERNAL', { vi: 'Chức năng này đang được hoàn thiện.', en: 'This method is being finished.' });
};

export const deskHandlers = {
  'today.summary': notYet,
  'meetings.nextSequence': notYet,
  'meetings.overview': notYet,
  'actionItems.count': notYet,
  'actionItems.bulkStatus': notYet,
  'reorg.preview': notYet,
  'reorg.apply': notYet,
  'settings.get': notYet,
  'settings.update': notYet,
  'sample.remove': notYet,
} satisfies Partial<HandlerMap>;
