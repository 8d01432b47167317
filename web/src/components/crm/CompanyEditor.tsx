import { createSignal, Show } from 'solid-js';
import CompanyFields, { COMPANY_FIELDS, createCompanyForm, type CompanyProfile } from './CompanyFields';
import type { ShellActions } from './CrmShell';
import { FormError } from './fields';
import { createNotice, Notice } from './Notice';
import { api } from '../../lib/api';
import { describeFailure } from '../../lib/forms';
import { planLabel, type Company, type Workspace } from '../../lib/types';

const API_FIELDS = [...COMPANY_FIELDS, 'contributeToIntelligence'];

type CompanyPatch = Partial<CompanyProfile> & { contributeToIntelligence?: boolean };

/** Only what differs from the saved company, so an untouched field is never rewritten. */
function changes(company: Company, profile: CompanyProfile, contribute: boolean): CompanyPatch {
  const patch: CompanyPatch = {};
  if (profile.name !== company.name) patch.name = profile.name;
  if ([...profile.trades].sort().join() !== [...company.trades].sort().join()) patch.trades = profile.trades;
  for (const name of ['state', 'licenseNumber', 'phone', 'email', 'address'] as const) {
    if (profile[name] !== company[name]) patch[name] = profile[name];
  }
  if (contribute !== company.contributeToIntelligence) patch.contributeToIntelligence = contribute;
  return patch;
}

/** The company profile form for owners and admins, with the industry-patterns opt-out. */
export default function CompanyEditor(props: { workspace: Workspace; shell: ShellActions }) {
  const company = () => props.workspace.company;
  const form = createCompanyForm(company());
  const [contribute, setContribute] = createSignal(company().contributeToIntelligence);
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const notice = createNotice();

  const discard = () => {
    form.reset(company());
    setContribute(company().contributeToIntelligence);
    setFormError('');
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    if (!form.check()) return;

    const patch = changes(company(), form.profile(), contribute());
    if (Object.keys(patch).length === 0) {
      notice.show('No changes to save.');
      return;
    }

    setSaving(true);
    try {
      const saved = await api<Company>(`/companies/${encodeURIComponent(company().id)}`, { method: 'PATCH', body: patch });
      props.shell.companyChanged(saved);
      form.reset(saved);
      setContribute(saved.contributeToIntelligence);
      notice.show('Company details saved.');
    } catch (error) {
      const failure = describeFailure(error, API_FIELDS);
      form.setErrors(failure.fields);
      setFormError(failure.fields.contributeToIntelligence ?? failure.message);
    }
    setSaving(false);
  };

  return (
    <form class="card mt-6" novalidate onSubmit={submit} data-testid="company-form" aria-labelledby="company-form-heading" aria-busy={saving()}>
      <div class="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-6 py-4">
        <h3 id="company-form-heading" class="text-base font-semibold text-slate-900">
          Business profile
        </h3>
        <p class="text-sm text-slate-500" data-testid="company-plan">
          {planLabel(company())} plan
          <Show when={company().employeeCount !== null}> · team of {company().employeeCount}</Show>
        </p>
      </div>

      <div class="space-y-6 px-6 py-5">
        <FormError message={formError()} testId="company-form-error" />
        <CompanyFields form={form} />
      </div>

      <div class="border-t border-slate-200 px-6 py-5">
        <div class="flex items-start justify-between gap-4">
          <div>
            <p id="company-intelligence-label" class="text-sm font-medium text-slate-900">
              Contribute anonymous job data to ZAFTO’s industry patterns
            </p>
            <p id="company-intelligence-help" class="mt-1 text-sm text-slate-600">
              Patterns are anonymous and only published once enough companies contribute; opting out leaves your company’s jobs out of them.
            </p>
          </div>
          <button
            type="button"
            role="switch"
            aria-checked={contribute()}
            aria-labelledby="company-intelligence-label"
            aria-describedby="company-intelligence-help"
            class={`relative mt-0.5 inline-flex h-6 w-11 shrink-0 cursor-pointer rounded-full border-2 border-transparent transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
              contribute() ? 'bg-brand-600' : 'bg-slate-300'
            }`}
            onClick={() => setContribute(!contribute())}
            data-testid="company-intelligence"
          >
            <span
              aria-hidden="true"
              class={`pointer-events-none inline-block size-5 rounded-full bg-white shadow transition-transform ${contribute() ? 'translate-x-5' : 'translate-x-0'}`}
            />
          </button>
        </div>
      </div>

      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" disabled={saving()} onClick={discard} data-testid="company-discard">
          Discard changes
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="company-save">
          {saving() ? 'Saving…' : 'Save changes'}
        </button>
      </div>
      <Notice message={notice.message()} />
    </form>
  );
}
