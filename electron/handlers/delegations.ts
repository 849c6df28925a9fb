import { delegationMembers, delegations } from '../../db/repo/delegations';
import { delegationFields, delegationMemberFields, recordRules } from '../contract';
import type { HandlerMap } from './context';
import { crudHandlers } from './crud';

export const delegationHandlers = {
  ...crudHandlers('delegations', delegations, delegationFields),
  ...crudHandlers('delegationMembers', delegationMembers, delegationMemberFields, recordRules.delegationMembers),
} satisfies Partial<HandlerMap>;
