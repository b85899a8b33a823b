import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  GroupListItemOut,
  type GroupListItemResponse,
  type MeResponse,
  PersonDetailOut,
  type PersonDetailResponse,
} from './responses';

// The web app's answer types are inferred from these schemas (ADR 0018); its hand copies had
// drifted (issue 7). These checks run in `npm run typecheck` as well as here.
describe('answer types inferred from the response schemas', () => {
  it('carry what the old hand copies missed: a nullable login, the may flags, the unit name', () => {
    expectTypeOf<NonNullable<PersonDetailResponse['account']>['login']>().toEqualTypeOf<string | null>();
    expectTypeOf<PersonDetailResponse['may']>().toHaveProperty('manageAccount').toEqualTypeOf<boolean>();
    expectTypeOf<GroupListItemResponse>().toHaveProperty('orgUnitName').toEqualTypeOf<string>();
    expect(GroupListItemOut.shape.orgUnitName).toBeDefined();
    expect(PersonDetailOut.shape.may).toBeDefined();
  });

  it('list only the documented fields (no index signature from the loose schemas)', () => {
    type Indexed<T> = string extends keyof T ? true : false;
    expectTypeOf<Indexed<MeResponse>>().toEqualTypeOf<false>();
    expectTypeOf<Indexed<MeResponse['roles'][number]>>().toEqualTypeOf<false>();
    expectTypeOf<MeResponse>().toHaveProperty('csrfToken').toEqualTypeOf<string>();
  });
});
