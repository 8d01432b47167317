import { createSignal, For, Show } from 'solid-js';
import Brand from '../Brand';
import { FormError, SelectField, TextField } from './fields';
import { api } from '../../lib/api';
import { checkName, checkOptionalEmail, compactErrors, describeFailure, optionalText, type FieldErrors } from '../../lib/forms';
import { TRADES, type Company, type Me } from '../../lib/types';
import { US_STATES } from '../../lib/us-states';

const OPTIONAL_FIELDS = ['state', 'licenseNumber', 'phone', 'email', 'address'] as const;
const API_FIELDS = ['name', 'trades', ...OPTIONAL_FIELDS];
const STATE_OPTIONS = US_STATES.map((state) => ({ value: state.code, label: state.name }));

type Values = Record<'name' | (typeof OPTIONAL_FIELDS)[number], string>;

interface OnboardingProps {
  me: Me;
  onCreated: (company: Company) => void;
  onSignOut: () => void;
}

/** First run for a signed-in user without a company: create it and become its owner. */
export default function Onboarding(props: OnboardingProps) {
  const [values, setValues] = createSignal<Values>({ name: '', state: '', licenseNumber: '', phone: '', email: '', address: '' });
  const [trades, setTrades] = createSignal<string[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  // Getters keep the spread props reactive.
  const field = (name: keyof Values) => ({
    get value() {
      return values()[name];
    },
    get error() {
      return errors()[name];
    },
    onValue: (value: string) => setValues({ ...values(), [name]: value }),
  });

  const toggleTrade = (trade: string, checked: boolean) =>
    setTrades(checked ? [...trades(), trade] : trades().filter((value) => value !== trade));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const found = compactErrors({
      name: checkName(values().name, 'Company name'),
      trades: trades().length === 0 ? 'Choose at least one trade.' : undefined,
      email: checkOptionalEmail(values().email),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const body: Record<string, unknown> = {
      name: values().name.trim(),
      trades: TRADES.map((trade) => trade.value).filter((trade) => trades().includes(trade)),
    };
    for (const name of OPTIONAL_FIELDS) {
      const value = optionalText(values()[name]);
      if (value) body[name] = value;
    }

    setSaving(true);
    try {
      props.onCreated(await api<Company>('/companies', { method: 'POST', body }));
    } catch (error) {
      const failure = describeFailure(error, API_FIELDS);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <div class="min-h-dvh bg-slate-50">
      <header class="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 sm:px-6">
        <Brand />
        <div class="flex items-center gap-3 text-sm text-slate-600">
          <span class="hidden sm:inline" data-testid="shell-user-email">
            {props.me.user.email}
          </span>
          <button type="button" class="btn-ghost" onClick={() => props.onSignOut()} data-testid="sign-out">
            Sign out
          </button>
        </div>
      </header>

      <main class="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 class="text-2xl font-bold tracking-tight text-slate-900">Set up your company</h1>
        <p class="mt-2 text-sm text-slate-600">Tell us about your business. You will be its owner and can add your team right after.</p>

        <form class="card mt-6 space-y-6 p-6" novalidate onSubmit={submit} data-testid="onboarding-form" aria-busy={saving()}>
          <FormError message={formError()} testId="onboarding-error" />

          <TextField id="company-name" label="Company name" maxLength={200} autocomplete="organization" {...field('name')} />

          <fieldset aria-describedby={errors().trades ? 'company-trades-error' : undefined}>
            <legend class="field-label">Trades you work in</legend>
            <div class="mt-2 grid gap-2 sm:grid-cols-2">
              <For each={TRADES}>
                {(trade) => (
                  <label class="flex cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-700 has-checked:border-brand-500 has-checked:bg-brand-50">
                    <input
                      type="checkbox"
                      class="size-4 accent-brand-600"
                      value={trade.value}
                      checked={trades().includes(trade.value)}
                      onChange={(event) => toggleTrade(trade.value, event.currentTarget.checked)}
                      data-testid={`trade-${trade.value}`}
                    />
                    {trade.label}
                  </label>
                )}
              </For>
            </div>
            <Show when={errors().trades}>
              <p id="company-trades-error" class="field-error" data-testid="field-error-company-trades">
                {errors().trades}
              </p>
            </Show>
          </fieldset>

          <div class="grid gap-5 sm:grid-cols-2">
            <SelectField id="company-state" label="State" optional options={STATE_OPTIONS} placeholder="Select a state" {...field('state')} />
            <TextField id="company-license" label="License number" optional maxLength={100} {...field('licenseNumber')} />
            <TextField id="company-phone" label="Business phone" optional type="tel" maxLength={40} autocomplete="tel" {...field('phone')} />
            <TextField id="company-email" label="Business email" optional type="email" maxLength={254} autocomplete="email" {...field('email')} />
          </div>
          <TextField id="company-address" label="Business address" optional maxLength={500} autocomplete="street-address" {...field('address')} />

          <div class="flex justify-end border-t border-slate-200 pt-5">
            <button type="submit" class="btn-primary" disabled={saving()} data-testid="onboarding-submit">
              {saving() ? 'Creating company…' : 'Create company'}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
