import { createSignal } from 'solid-js';
import Brand from '../Brand';
import CompanyFields, { COMPANY_FIELDS, createCompanyForm } from './CompanyFields';
import { FormError } from './fields';
import { api } from '../../lib/api';
import { describeFailure } from '../../lib/forms';
import type { Company, Me } from '../../lib/types';

interface OnboardingProps {
  me: Me;
  onCreated: (company: Company) => void;
  onSignOut: () => void;
}

/** First run for a signed-in user without a company: create it and become its owner. */
export default function Onboarding(props: OnboardingProps) {
  const form = createCompanyForm();
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    if (!form.check()) return;

    // Blank optional fields are left out rather than sent as null.
    const body = Object.fromEntries(Object.entries(form.profile()).filter((entry) => entry[1] !== null));

    setSaving(true);
    try {
      props.onCreated(await api<Company>('/companies', { method: 'POST', body }));
    } catch (error) {
      const failure = describeFailure(error, COMPANY_FIELDS);
      form.setErrors(failure.fields);
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

          <CompanyFields form={form} />

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
