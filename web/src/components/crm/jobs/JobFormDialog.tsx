import { createEffect, createSignal, For, on, Show } from 'solid-js';
import CustomerCombobox, { type CustomerChoice } from './CustomerCombobox';
import { fromLocalInput, toLocalInput } from './dates';
import { createLoader } from './loader';
import type { Assignable } from './members';
import { propertyTitle } from '../customers/PropertiesCard';
import Dialog from '../Dialog';
import { FormError, SelectField, TextAreaField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { checkName, compactErrors, describeFailure, optionalText, type FieldErrors } from '../../../lib/forms';
import { tradeLabel } from '../../../lib/types';
import type { Property } from '../../../lib/types/customers';
import type { Job } from '../../../lib/types/jobs';

const FIELDS = ['customerId', 'propertyId', 'title', 'trade', 'description', 'scheduledStart', 'scheduledEnd', 'estimatedHours', 'assigneeIds', 'userIds'];

export type JobFormMode = { kind: 'create'; customer?: CustomerChoice } | { kind: 'edit'; job: Job };

interface JobFormDialogProps {
  mode: JobFormMode | undefined;
  trades: string[];
  people: Assignable[];
  onClose: () => void;
  onSaved: (job: Job, created: boolean) => void;
}

/** Book a job (or change one): who it is for, where, what, when, how long, and who goes. */
export default function JobFormDialog(props: JobFormDialogProps) {
  return (
    <Dialog open={Boolean(props.mode)} onClose={props.onClose} title={props.mode?.kind === 'edit' ? 'Edit job' : 'New job'} testId="job-dialog">
      <Show when={props.mode}>{(mode) => <JobForm {...props} mode={mode()} />}</Show>
    </Dialog>
  );
}

/** Hours as typed (`6.5`), or null when blank; undefined when it is not a number of hours. */
function parseHours(text: string): number | null | undefined {
  const value = text.trim();
  if (!value) return null;
  return /^\d{1,6}(\.\d{1,2})?$/.test(value) ? Number(value) : undefined;
}

function JobForm(props: JobFormDialogProps & { mode: JobFormMode }) {
  const original = props.mode.kind === 'edit' ? props.mode.job : undefined;
  const [customer, setCustomer] = createSignal<CustomerChoice | undefined>(original ? original.customer : props.mode.kind === 'create' ? props.mode.customer : undefined);
  const [values, setValues] = createSignal({
    propertyId: original?.propertyId ?? '',
    title: original?.title ?? '',
    trade: original?.trade ?? props.trades[0] ?? '',
    description: original?.description ?? '',
    scheduledStart: toLocalInput(original?.scheduledStart),
    scheduledEnd: toLocalInput(original?.scheduledEnd),
    estimatedHours: original?.estimatedHours?.toString() ?? '',
  });
  const [crew, setCrew] = createSignal<string[]>(original?.assignees.map((person) => person.userId) ?? []);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  type Name = keyof ReturnType<typeof values>;
  const field = (name: Name) => ({
    get value() {
      return values()[name];
    },
    get error() {
      return errors()[name];
    },
    onValue: (value: string) => {
      setValues({ ...values(), [name]: value });
      clearError(name);
    },
  });
  const clearError = (name: string) => {
    if (!errors()[name]) return;
    const { [name]: _gone, ...rest } = errors();
    setErrors(rest);
  };
  const chooseCustomer = (next: CustomerChoice | undefined) => {
    setCustomer(next);
    clearError('customerId');
  };

  const properties = createLoader(
    () => customer()?.id ?? false,
    (id, signal) => api<{ data: Property[] }>(`/customers/${encodeURIComponent(id)}/properties`, { signal }),
  );
  // A new customer's sole property is the obvious job site.
  createEffect(
    on(properties.data, (list) => {
      const rows = list?.data ?? [];
      if (!rows.some((property) => property.id === values().propertyId)) setValues({ ...values(), propertyId: rows.length === 1 ? rows[0]!.id : '' });
    }, { defer: true }),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const v = values();
    const hours = parseHours(v.estimatedHours);
    const start = fromLocalInput(v.scheduledStart);
    const end = fromLocalInput(v.scheduledEnd);
    const found = compactErrors({
      customerId: customer() ? undefined : 'Choose the customer this job is for.',
      title: checkName(v.title, 'Title'),
      estimatedHours: hours === undefined ? 'Use hours like 6 or 6.5.' : undefined,
      scheduledEnd: start && end && end < start ? 'The end must be after the start.' : end && !start ? 'Set a start time too.' : undefined,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const fields = {
      customerId: customer()!.id,
      propertyId: v.propertyId || null,
      title: v.title.trim(),
      trade: v.trade || undefined,
      description: optionalText(v.description),
      scheduledStart: start,
      scheduledEnd: end,
      estimatedHours: hours,
    };
    setSaving(true);
    try {
      let saved: Job;
      if (!original) {
        saved = await api<Job>('/jobs', { method: 'POST', body: { ...fields, assigneeIds: crew() } });
      } else {
        const patch = Object.fromEntries(Object.entries(fields).filter(([name, value]) => !sameValue(original, name, value)));
        saved = Object.keys(patch).length > 0 ? await api<Job>(`/jobs/${encodeURIComponent(original.id)}`, { method: 'PATCH', body: patch }) : original;
        const before = original.assignees.map((person) => person.userId).sort().join();
        if ([...crew()].sort().join() !== before) {
          saved = await api<Job>(`/jobs/${encodeURIComponent(original.id)}/assignees`, { method: 'PUT', body: { userIds: crew() } });
        }
      }
      props.onSaved(saved, !original);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      setErrors({ ...failure.fields, crew: failure.fields.assigneeIds ?? failure.fields.userIds ?? '' });
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="job-form" aria-busy={saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="job-form-error" />
        <CustomerCombobox id="job-customer" label="Customer" value={customer()} onChange={chooseCustomer} error={errors().customerId} />
        <Show when={customer()}>
          <SelectField
            id="job-property"
            label="Property"
            optional
            placeholder={properties.loading() ? 'Loading properties…' : 'Customer’s address'}
            options={(properties.data()?.data ?? []).map((property) => ({ value: property.id, label: propertyTitle(property) }))}
            {...field('propertyId')}
          />
        </Show>
        <TextField id="job-title" label="Title" maxLength={200} placeholder="200 A panel upgrade" {...field('title')} />
        <Show when={props.trades.length > 1}>
          <SelectField id="job-trade" label="Trade" options={props.trades.map((trade) => ({ value: trade, label: tradeLabel(trade) }))} {...field('trade')} />
        </Show>
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="job-start" label="Starts" optional type="datetime-local" {...field('scheduledStart')} />
          <TextField id="job-end" label="Ends" optional type="datetime-local" {...field('scheduledEnd')} />
        </div>
        <TextField id="job-hours" label="Estimated hours" optional inputmode="decimal" maxLength={9} placeholder="6.5" {...field('estimatedHours')} />
        <fieldset>
          <legend class="field-label">Crew</legend>
          <Show when={props.people.length > 0} fallback={<p class="mt-1 text-sm text-slate-500">Nobody on the team has signed up yet. Add people under Settings → Team.</p>}>
            <div class="mt-2 grid gap-2 sm:grid-cols-2" data-testid="job-crew">
              <For each={props.people}>
                {(person) => (
                  <label class="flex cursor-pointer items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-700 has-checked:border-brand-500 has-checked:bg-brand-50">
                    <input
                      type="checkbox"
                      class="size-4 accent-brand-600"
                      checked={crew().includes(person.userId)}
                      onChange={(event) => setCrew(event.currentTarget.checked ? [...crew(), person.userId] : crew().filter((id) => id !== person.userId))}
                      data-testid="job-crew-member"
                      data-email={person.email}
                    />
                    <span class="min-w-0 truncate">{person.email}</span>
                  </label>
                )}
              </For>
            </div>
          </Show>
          <Show when={errors().crew}>
            <p class="field-error">{errors().crew}</p>
          </Show>
        </fieldset>
        <TextAreaField id="job-description" label="Description" optional maxLength={5000} rows={3} {...field('description')} />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="job-save">
          {saving() ? 'Saving…' : original ? 'Save changes' : 'Book job'}
        </button>
      </div>
    </form>
  );
}

/** Whether a form value equals what the job already has, so an edit sends only real changes. */
function sameValue(job: Job, name: string, value: unknown): boolean {
  switch (name) {
    case 'customerId':
      return job.customer.id === value;
    case 'scheduledStart':
    case 'scheduledEnd': {
      const current = job[name];
      return (current ? new Date(current).getTime() : null) === (value ? new Date(value as string).getTime() : null);
    }
    default:
      return (job as unknown as Record<string, unknown>)[name] === (value ?? null) || (name === 'trade' && value === undefined);
  }
}
