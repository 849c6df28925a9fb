// Every entity's repository by name, for the code that writes many kinds of record in one place
// (the seeds, the generator) and reads `repo.agencies` beside its own lists of agencies.
import type { Repository } from './core/repository';
import { actionItems, actionUpdates } from './actionItems';
import { agendaItems, meetingContacts } from './agenda';
import { aseanDocuments } from './aseanDocuments';
import { delegationMembers, delegations } from './delegations';
import { agencies, agencySuccessions, legalBases, people } from './directory';
import { focalAssignments } from './focalPoints';
import { meetings } from './meetings';
import { bodies, countries, pillars } from './reference';

export const repositories = {
  pillars,
  countries,
  bodies,
  legalBases,
  agencies,
  agencySuccessions,
  people,
  focalAssignments,
  meetings,
  delegations,
  delegationMembers,
  actionItems,
  actionUpdates,
  aseanDocuments,
  agendaItems,
  meetingContacts,
} satisfies Record<string, Repository>;

export type RepositoryName = keyof typeof repositories;
