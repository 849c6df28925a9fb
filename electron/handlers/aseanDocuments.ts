import { aseanDocuments } from '../../db/repo/aseanDocuments';
import { aseanDocumentFields } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';
import { refuseDuplicates } from './duplicates';

const base = crudHandlers('aseanDocuments', aseanDocuments, aseanDocumentFields);

export const aseanDocumentHandlers = {
  ...base,
  // A second document of the same body with the same title is refused unless intended.
  'aseanDocuments.create': (ctx, { duplicateIntended, ...input }) => {
    if (!duplicateIntended) refuseDuplicates(ctx, 'asean_document', input);
    return base['aseanDocuments.create'](ctx, input);
  },
  'aseanDocuments.update': (ctx, { duplicateIntended, ...input }) =>
    base['aseanDocuments.update'](ctx, input, (merged) => {
      if (!duplicateIntended && ('bodyId' in input.changes || 'titleVi' in input.changes)) refuseDuplicates(ctx, 'asean_document', { ...merged, id: input.id });
    }),
} satisfies Partial<HandlerMap>;
