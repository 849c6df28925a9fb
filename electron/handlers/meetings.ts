import * as repo from '../../db/repo/entities';
import { delegationFields, delegationMemberFields, meetingFields, recordRules } from '../contract';
import { crudHandlers } from './crud';

export const meetingHandlers = {
  ...crudHandlers('meetings', repo.meetings, meetingFields, recordRules.meetings),
  ...crudHandlers('delegations', repo.delegations, delegationFields),
  ...crudHandlers('delegationMembers', repo.delegationMembers, delegationMemberFields, recordRules.delegationMembers),
};
