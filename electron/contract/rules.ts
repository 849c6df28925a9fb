import { delegationRules } from './delegations';
import { directoryRules } from './directory';
import { focalRules } from './focalPoints';
import { meetingRules } from './meetings';
import { referenceRules } from './reference';

/** Cross-field rules of whole records, by entity: applied on create and to the merged record on update, and by the forms. */
export const recordRules = { ...referenceRules, ...directoryRules, ...meetingRules, ...delegationRules, ...focalRules } as const;
