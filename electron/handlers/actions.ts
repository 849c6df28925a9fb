import * as repo from '../../db/repo/entities';
import { actionItemFields, actionUpdateFields } from '../contract';
import { crudHandlers } from './crud';

export const actionHandlers = {
  ...crudHandlers('actionItems', repo.actionItems, actionItemFields),
  ...crudHandlers('actionUpdates', repo.actionUpdates, actionUpdateFields),
};
