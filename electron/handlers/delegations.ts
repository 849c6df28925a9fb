import * as repo from '../../db/repo/entities';
import { delegationFields, delegationMemberFields, recordRules } from '../contract';
import { crudHandlers } from './crud';

export const delegationHandlers = {
  ...crudHandlers('delegations', repo.delegations, delegationFields),
  ...crudHandlers('delegationMembers', repo.delegationMembers, delegationMemberFields, recordRules.delegationMembers),
};
