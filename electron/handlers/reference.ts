import * as repo from '../../db/repo/entities';
import { bodyFields, countryFields, pillarFields, recordRules } from '../contract';
import { crudHandlers } from './crud';

const pillarHandlers = crudHandlers('pillars', repo.pillars, pillarFields);

export const referenceHandlers = {
  'pillars.list': pillarHandlers['pillars.list'],
  'pillars.get': pillarHandlers['pillars.get'],
  'pillars.update': pillarHandlers['pillars.update'],
  ...crudHandlers('countries', repo.countries, countryFields, recordRules.countries),
  ...crudHandlers('bodies', repo.bodies, bodyFields),
};
