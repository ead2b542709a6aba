// The fields of one profile (account type, role, restriction, employer), used for the defaults and
// for each saved account. Labels include the account's name so a screen reader user hears which
// row a control belongs to.
import type { AccountSettings } from '../shared/settings';

export interface AccountFieldsProps {
  value: AccountSettings;
  /** Spoken with each control, e.g. "x:@harrowfieldbc". */
  name: string;
  disabled: boolean;
  onChange(next: AccountSettings): void;
}

export function AccountFields({ value, name, disabled, onChange }: AccountFieldsProps) {
  const set = (change: Partial<AccountSettings>) => {
    const next: AccountSettings = { ...value, ...change };
    if (!next.employer) delete next.employer;
    onChange(next);
  };
  return (
    <div class="row">
      <label>
        Account
        <select aria-label={`${name}: account`} disabled={disabled} value={value.account} onChange={(e) => set({ account: (e.currentTarget as HTMLSelectElement).value as AccountSettings['account'] })}>
          <option value="personal">Personal</option>
          <option value="corporate">Corporate (official)</option>
        </select>
      </label>
      <label>
        Role
        <select aria-label={`${name}: role`} disabled={disabled} value={value.role} onChange={(e) => set({ role: (e.currentTarget as HTMLSelectElement).value as AccountSettings['role'] })}>
          <option value="local-gov-officer">Council officer</option>
          <option value="civil-servant">Civil servant</option>
        </select>
      </label>
      <label>
        <input type="checkbox" aria-label={`${name}: politically restricted post`} disabled={disabled} checked={value.restricted} onChange={(e) => set({ restricted: (e.currentTarget as HTMLInputElement).checked })} />
        Politically restricted
      </label>
      <label>
        Employer
        <input
          type="text"
          aria-label={`${name}: employer`}
          disabled={disabled}
          value={value.employer ?? ''}
          maxLength={200}
          onChange={(e) => set({ employer: (e.currentTarget as HTMLInputElement).value.trim() })}
        />
      </label>
    </div>
  );
}
