// @vitest-environment happy-dom
import type { PersonDetailResponse } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { mount } from '../../ui/test-dom';
import { AccountPanel } from './person-detail';

// A mentor opened Arben Gashi's page (Kosovo demo teacher, logged in that very day) and read
// "No login yet": the server hides the account from those who may not read it, as null.
const detail = (account: PersonDetailResponse['account'], readAccount: boolean): PersonDetailResponse =>
  ({
    person: { id: 'p-arben', fullName: 'Arben Gashi', phone: null, email: null },
    school: null,
    roles: [],
    groups: [],
    account,
    may: { update: false, updateRecord: false, delete: false, readAccount, manageAccount: false },
  }) as unknown as PersonDetailResponse;

describe(AccountPanel.name, () => {
  it('claims no login state to someone who may not see the account', async () => {
    const root = await mount(<AccountPanel detail={detail(null, false)} onChange={() => {}} />);
    expect(root.textContent).not.toContain(en.account.none);
    expect(root.textContent).not.toContain(en.account.title);
  });

  it('shows the true state to someone who may', async () => {
    const active = { userId: 'u1', login: '044100001', hasPassword: true, disabled: false };
    const root = await mount(<AccountPanel detail={detail(active, true)} onChange={() => {}} />);
    expect(root.querySelector('[data-testid="account-status"]')?.textContent).toBe(en.account.active);
    const none = await mount(<AccountPanel detail={detail(null, true)} onChange={() => {}} />);
    expect(none.querySelector('[data-testid="account-status"]')?.textContent).toBe(en.account.none);
  });
});
