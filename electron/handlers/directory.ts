import { agencies, agencySuccessions, legalBases, people } from '../../db/repo/directory';
import { agencyFields, agencySuccessionFields, legalBasisFields, personFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';
import { unitOn } from '../../db/repo/reorg';

export const directoryHandlers = {
  ...crudHandlers('legalBases', legalBases, legalBasisFields, recordRules.legalBases),
  ...crudHandlers('agencies', agencies, agencyFields, recordRules.agencies),
  ...crudHandlers('agencySuccessions', agencySuccessions, agencySuccessionFields, recordRules.agencySuccessions),
  ...crudHandlers('people', people, personFields),
  'people.unitOn': (ctx, input) => ({ agencyId: unitOn(ctx.db, input.personId, input.date) }),
} satisfies Partial<HandlerMap>;
