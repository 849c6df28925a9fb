import * as repo from '../../db/repo/entities';
import { agencyFields, agencySuccessionFields, legalBasisFields, personFields, recordRules } from '../contract';
import { crudHandlers } from './crud';

export const directoryHandlers = {
  ...crudHandlers('legalBases', repo.legalBases, legalBasisFields, recordRules.legalBases),
  ...crudHandlers('agencies', repo.agencies, agencyFields, recordRules.agencies),
  ...crudHandlers('agencySuccessions', repo.agencySuccessions, agencySuccessionFields, recordRules.agencySuccessions),
  ...crudHandlers('people', repo.people, personFields),
};
