import { createSignal, For, Show } from 'solid-js';
import { SelectField, TextField } from './fields';
import { checkName, checkOptionalEmail, compactErrors, optionalText, type FieldErrors } from '../../lib/forms';
import { TRADES, type Company } from '../../lib/types';
import { US_STATES } from '../../lib/us-states';

const OPTIONAL_FIELDS = ['state', 'licenseNumber', 'phone', 'email', 'address'] as const;
const STATE_OPTIONS = US_STATES.map((state) => ({ value: state.code, label: state.name }));

/** The profile fields the API names in a 422's `details`. */
export const COMPANY_FIELDS = ['name', 'trades', ...OPTIONAL_FIELDS] as const;

type OptionalField = (typeof OPTIONAL_FIELDS)[number];
type Values = Record<'name' | OptionalField, string>;

/** The profile as the API takes it: trimmed text, blank optional fields as null, trades in catalogue order. */
export type CompanyProfile = { name: string; trades: string[] } & Record<OptionalField, string | null>;

function valuesOf(company: Company | undefined): Values {
  return {
    name: company?.name ?? '',
    state: company?.state ?? '',
    licenseNumber: company?.licenseNumber ?? '',
    phone: company?.phone ?? '',
    email: company?.email ?? '',
    address: company?.address ?? '',
  };
}

/**
 * The state of a company profile form (onboarding creates with it, the company page edits
 * with it): values, chosen trades, client-side checks and the body to send.
 *
 * @example
 * const form = createCompanyForm(company);
 * if (form.check()) await api('/companies', { method: 'POST', body: form.profile() });
 */
export function createCompanyForm(company?: Company) {
  const [values, setValues] = createSignal<Values>(valuesOf(company));
  const [trades, setTrades] = createSignal<string[]>(company?.trades ?? []);
  const [errors, setErrors] = createSignal<FieldErrors>({});

  return {
    errors,
    setErrors,
    trades,
    toggleTrade: (trade: string, checked: boolean) =>
      setTrades(checked ? [...trades().filter((value) => value !== trade), trade] : trades().filter((value) => value !== trade)),
    // Getters keep the spread props reactive.
    field: (name: keyof Values) => ({
      get value() {
        return values()[name];
      },
      get error() {
        return errors()[name];
      },
      onValue: (value: string) => setValues({ ...values(), [name]: value }),
    }),
    /** Starts over from a company (after a save, the values the server kept). */
    reset: (next: Company) => {
      setValues(valuesOf(next));
      setTrades(next.trades);
      setErrors({});
    },
    /** Runs the same checks as the API and highlights what fails; true when the form may be sent. */
    check: (): boolean => {
      const found = compactErrors({
        name: checkName(values().name, 'Company name'),
        trades: trades().length === 0 ? 'Choose at least one trade.' : undefined,
        email: checkOptionalEmail(values().email),
      });
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    profile: (): CompanyProfile => ({
      name: values().name.trim(),
      trades: TRADES.map((trade) => trade.value).filter((trade) => trades().includes(trade)),
      state: optionalText(values().state),
      licenseNumber: optionalText(values().licenseNumber),
      phone: optionalText(values().phone),
      email: optionalText(values().email),
      address: optionalText(values().address),
    }),
  };
}

export type CompanyForm = ReturnType<typeof createCompanyForm>;

/** Name, trades, state, license and contact details of a company, as one block of a form. */
export default function CompanyFields(props: { form: CompanyForm }) {
  const form = props.form;
  return (
    <>
      <TextField id="company-name" label="Company name" maxLength={200} autocomplete="organization" {...form.field('name')} />

      <fieldset aria-describedby={form.errors().trades ? 'company-trades-error' : undefined}>
        <legend class="field-label">Trades you work in</legend>
        <div class="mt-2 grid gap-2 sm:grid-cols-2">
          <For each={TRADES}>
            {(trade) => (
              <label class="flex cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-700 has-checked:border-brand-500 has-checked:bg-brand-50">
                <input
                  type="checkbox"
                  class="size-4 accent-brand-600"
                  value={trade.value}
                  checked={form.trades().includes(trade.value)}
                  onChange={(event) => form.toggleTrade(trade.value, event.currentTarget.checked)}
                  data-testid={`trade-${trade.value}`}
                />
                {trade.label}
              </label>
            )}
          </For>
        </div>
        <Show when={form.errors().trades}>
          <p id="company-trades-error" class="field-error" data-testid="field-error-company-trades">
            {form.errors().trades}
          </p>
        </Show>
      </fieldset>

      <div class="grid gap-5 sm:grid-cols-2">
        <SelectField id="company-state" label="State" optional options={STATE_OPTIONS} placeholder="Select a state" {...form.field('state')} />
        <TextField id="company-license" label="License number" optional maxLength={100} {...form.field('licenseNumber')} />
        <TextField id="company-phone" label="Business phone" optional type="tel" maxLength={40} autocomplete="tel" {...form.field('phone')} />
        <TextField id="company-email" label="Business email" optional type="email" maxLength={254} autocomplete="email" {...form.field('email')} />
      </div>
      <TextField id="company-address" label="Business address" optional maxLength={500} autocomplete="street-address" {...form.field('address')} />
    </>
  );
}
