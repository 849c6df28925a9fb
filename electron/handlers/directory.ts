import { agencies, agencySuccessions, legalBases, people } from '../../db/repo/directory';
import { agencyFields, agencySuccessionFields, legalBasisFields, personFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';
import { refuseDuplicates } from './duplicates';
import { unitOn } from '../../db/repo/reorg';

const peopleBase = crudHandlers('people', people, personFields);

export const directoryHandlers = {
  ...crudHandlers('legalBases', legalBases, legalBasisFields, recordRules.legalBases),
  ...crudHandlers('agencies', agencies, agencyFields, recordRules.agencies),
  ...crudHandlers('agencySuccessions', agencySuccessions, agencySuccessionFields, recordRules.agencySuccessions),
  ...peopleBase,
  // A person with the same name and the same e-mail or passport name is refused unless intended.
  'people.create': (ctx, { duplicateIntended, ...input }) => {
    if (!duplicateIntended) refuseDuplicates(ctx, 'person', input);
    return peopleBase['people.create'](ctx, input);
  },
  'people.update': (ctx, { duplicateIntended, ...input }) =>
    peopleBase['people.update'](ctx, input, (merged) => {
      const touches = ['fullName', 'email', 'passportName'].some((k) => k in input.changes);
      if (!duplicateIntended && touches) refuseDuplicates(ctx, 'person', { ...merged, id: input.id });
    }),
  'people.unitOn': (ctx, input) => ({ agencyId: unitOn(ctx.db, input.personId, input.date) }),
} satisfies Partial<HandlerMap>;
