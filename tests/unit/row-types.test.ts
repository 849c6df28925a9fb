// The rows a repository returns are typed by its drizzle table (RowOf), and the handlers answer
// the contract with them uncast: what the compiler checks (npm test type-checks first), stated here.
import type { ActionItem, Delegation, FocalAssignment, Meeting, Person } from '../../electron/contract';
import type { actionItems } from '../../db/repo/actionItems';
import type { delegations } from '../../db/repo/delegations';
import type { people } from '../../db/repo/directory';
import type { focalAssignments } from '../../db/repo/focalPoints';
import type { meetings } from '../../db/repo/meetings';

describe('the rows of the repositories', () => {
  it('are the contract’s records, field for field, enums included', () => {
    expectTypeOf<ReturnType<typeof meetings.get>>().toMatchTypeOf<Meeting>();
    expectTypeOf<ReturnType<typeof delegations.get>>().toMatchTypeOf<Delegation>();
    expectTypeOf<ReturnType<typeof actionItems.get>>().toMatchTypeOf<ActionItem>();
    expectTypeOf<ReturnType<typeof people.get>>().toMatchTypeOf<Person>();
    expectTypeOf<ReturnType<typeof focalAssignments.get>>().toMatchTypeOf<FocalAssignment>();
    expectTypeOf<ReturnType<typeof meetings.get>['status']>().toEqualTypeOf<Meeting['status']>();
    expectTypeOf<ReturnType<typeof actionItems.get>['supportingAgencyIds']>().toEqualTypeOf<string[]>();
  });
});
