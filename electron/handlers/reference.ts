import { bodies, countries, pillars } from '../../db/repo/reference';
import { bodyFields, countryFields, pillarFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';

const pillarHandlers = crudHandlers('pillars', pillars, pillarFields);

export const referenceHandlers = {
  'pillars.list': pillarHandlers['pillars.list'],
  'pillars.get': pillarHandlers['pillars.get'],
  'pillars.update': pillarHandlers['pillars.update'],
  ...crudHandlers('countries', countries, countryFields, recordRules.countries),
  ...crudHandlers('bodies', bodies, bodyFields),
} satisfies Partial<HandlerMap>;
