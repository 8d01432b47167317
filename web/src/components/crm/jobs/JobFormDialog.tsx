import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { createJobCategories, OTHER_WORK } from './categories';
import { fromLocalInput, toLocalInput } from './dates';
import type { Assignable } from './members';
import CustomerPicker, { type CustomerChoice } from '../CustomerPicker';
import { equipmentTitle } from '../customers/EquipmentCard';
import { propertyTitle } from '../customers/PropertiesCard';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { SelectField, TextAreaField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { checkName, optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
import { createLoader } from '../../../lib/loader';
import { tradeLabel } from '../../../lib/types';
import type { Equipment, Property } from '../../../lib/types/customers';
import type { Job } from '../../../lib/types/jobs';

const FIELDS = ['customerId', 'propertyId', 'title', 'trade', 'jobCategory', 'equipmentId', 'failureMode', 'description', 'scheduledStart', 'scheduledEnd', 'estimatedHours', 'assigneeIds', 'userIds'];

export type JobFormMode = { kind: 'create'; customer?: CustomerChoice } | { kind: 'edit'; job: Job };

interface JobFormDialogProps {
  mode: JobFormMode | undefined;
  trades: string[];
  people: Assignable[];
  onClose: () => void;
  onSaved: (job: Job, created: boolean) => void;
}

/** Book a job (or change one): who it is for, where, what kind of work (on which unit), when, how long, and who goes. */
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

/** A unit as the picker lists it: `Air conditioner · Carrier · 24ACC636 (8 years)`. */
function unitLabel(unit: Equipment) {
  const name = [equipmentTitle(unit), unit.model].filter(Boolean).join(' · ');
  return unit.ageYears === null ? name : `${name} (${unit.ageYears === 1 ? '1 year' : `${unit.ageYears} years`})`;
}

function JobForm(props: JobFormDialogProps & { mode: JobFormMode }) {
  const original = props.mode.kind === 'edit' ? props.mode.job : undefined;
  const [customer, setCustomer] = createSignal<CustomerChoice | undefined>(original ? original.customer : props.mode.kind === 'create' ? props.mode.customer : undefined);
  const form = createFormState(
    {
      propertyId: original?.propertyId ?? '',
      title: original?.title ?? '',
      trade: original?.trade ?? props.trades[0] ?? '',
      jobCategory: original?.jobCategory ?? '',
      equipmentId: original?.equipmentId ?? '',
      failureMode: original?.failureMode ?? '',
      description: original?.description ?? '',
      scheduledStart: toLocalInput(original?.scheduledStart),
      scheduledEnd: toLocalInput(original?.scheduledEnd),
      estimatedHours: original?.estimatedHours?.toString() ?? '',
    },
    { clearOnInput: true },
  );
  const [crew, setCrew] = createSignal<string[]>(original?.assignees.map((person) => person.userId) ?? []);
  const chooseCustomer = (next: CustomerChoice | undefined) => {
    // A unit is the customer's: another customer's job starts without one.
    if (next?.id !== customer()?.id) form.set({ equipmentId: '' });
    setCustomer(next);
    form.clearError('customerId');
  };

  const categories = createJobCategories();
  const trade = createMemo(() => form.values().trade);
  // Kinds of work belong to a trade: another trade's choice no longer fits.
  createEffect(
    on(trade, (next) => {
      const chosen = form.values().jobCategory;
      if (chosen && categories.loaded() && !categories.forTrade(next).some((category) => category.slug === chosen)) form.set({ jobCategory: '' });
    }, { defer: true }),
  );

  const properties = createLoader(
    () => customer()?.id ?? false,
    (id, signal) => api<{ data: Property[] }>(`/customers/${encodeURIComponent(id)}/properties`, { signal }),
  );
  // A new customer's sole property is the obvious job site.
  createEffect(
    on(properties.data, (list) => {
      const rows = list?.data ?? [];
      if (!rows.some((property) => property.id === form.values().propertyId)) form.set({ propertyId: rows.length === 1 ? rows[0]!.id : '' });
    }, { defer: true }),
  );
  const equipment = createLoader(
    () => customer()?.id ?? false,
    (id, signal) => api<{ data: Equipment[] }>(`/customers/${encodeURIComponent(id)}/equipment`, { signal }),
  );
  const site = createMemo(() => form.values().propertyId);
  // The units at the chosen site (and those not tied to one); all of the customer's without a site.
  const units = createMemo(() =>
    (equipment.data()?.data ?? []).filter((unit) => unit.customerId === customer()?.id && (!site() || !unit.propertyId || unit.propertyId === site())),
  );
  // Another site's unit no longer fits (checked against a loaded list, so an edited job keeps its unit).
  createEffect(
    on(units, (list) => {
      const chosen = form.values().equipmentId;
      if (chosen && !equipment.loading() && !list.some((unit) => unit.id === chosen)) form.set({ equipmentId: '' });
    }, { defer: true }),
  );

  const submit = form.onSubmit(async () => {
    const v = form.values();
    const hours = parseHours(v.estimatedHours);
    const start = fromLocalInput(v.scheduledStart);
    const end = fromLocalInput(v.scheduledEnd);
    const valid = form.check({
      customerId: customer() ? undefined : 'Choose the customer this job is for.',
      title: checkName(v.title, 'Title'),
      estimatedHours: hours === undefined ? 'Use hours like 6 or 6.5.' : undefined,
      scheduledEnd: start && end && end < start ? 'The end must be after the start.' : end && !start ? 'Set a start time too.' : undefined,
    });
    if (!valid) return;
    const fields = {
      customerId: customer()!.id,
      propertyId: v.propertyId || null,
      title: v.title.trim(),
      trade: v.trade || undefined,
      jobCategory: v.jobCategory || null,
      equipmentId: v.equipmentId || null,
      // What failed only means something on a unit.
      failureMode: v.equipmentId ? optionalText(v.failureMode) : null,
      description: optionalText(v.description),
      scheduledStart: start,
      scheduledEnd: end,
      estimatedHours: hours,
    };
    const saved = await form.save(async () => {
      if (!original) return api<Job>('/jobs', { method: 'POST', body: { ...fields, assigneeIds: crew() } });
      const patch = Object.fromEntries(Object.entries(fields).filter(([name, value]) => !sameValue(original, name, value)));
      let job = Object.keys(patch).length > 0 ? await api<Job>(`/jobs/${encodeURIComponent(original.id)}`, { method: 'PATCH', body: patch }) : original;
      const before = original.assignees.map((person) => person.userId).sort().join();
      if ([...crew()].sort().join() !== before) {
        job = await api<Job>(`/jobs/${encodeURIComponent(original.id)}/assignees`, { method: 'PUT', body: { userIds: crew() } });
      }
      return job;
    }, FIELDS);
    if (saved) props.onSaved(saved, !original);
    else {
      // The crew's message comes back under the request's name for it.
      const errors = form.errors();
      form.setErrors({ ...errors, crew: errors.assigneeIds ?? errors.userIds ?? '' });
    }
  });

  return (
    <DialogForm
      testId="job-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={original ? 'Save changes' : 'Book job'}
      saveTestId="job-save"
    >
      <CustomerPicker id="job-customer" value={customer()} onChange={chooseCustomer} error={form.errors().customerId} />
      <Show when={customer()}>
        <SelectField
          id="job-property"
          label="Property"
          optional
          placeholder={properties.loading() ? 'Loading properties…' : 'Customer’s address'}
          options={(properties.data()?.data ?? []).map((property) => ({ value: property.id, label: propertyTitle(property) }))}
          {...form.field('propertyId')}
        />
      </Show>
      <TextField id="job-title" label="Title" maxLength={200} placeholder="200 A panel upgrade" {...form.field('title')} />
      <div class="grid gap-5 sm:grid-cols-2">
        <Show when={props.trades.length > 1}>
          <SelectField id="job-trade" label="Trade" options={props.trades.map((trade) => ({ value: trade, label: tradeLabel(trade) }))} {...form.field('trade')} />
        </Show>
        {/* Rendered once the list is in, so an edited job's choice is selected. */}
        <Show when={categories.loaded()} fallback={<SelectField id="job-category" label="Kind of work" optional placeholder={categories.error() ? 'Could not load the list' : 'Loading…'} options={[]} value="" onValue={() => undefined} />}>
          <SelectField
            id="job-category"
            label="Kind of work"
            optional
            placeholder={OTHER_WORK}
            options={categories.options(trade(), form.values().jobCategory)}
            hint="Lets Z compare the job with similar work."
            {...form.field('jobCategory')}
          />
        </Show>
      </div>
      <Show when={units().length > 0}>
        <div class="grid gap-5 sm:grid-cols-2" data-testid="job-unit-fields">
          <SelectField id="job-equipment" label="Unit serviced" optional placeholder="Not about one unit" options={units().map((unit) => ({ value: unit.id, label: unitLabel(unit) }))} {...form.field('equipmentId')} />
          <Show when={form.values().equipmentId}>
            <TextField id="job-failure" label="What failed" optional maxLength={60} placeholder="capacitor" hint="A few words, e.g. igniter or drain valve." {...form.field('failureMode')} />
          </Show>
        </div>
      </Show>
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="job-start" label="Starts" optional type="datetime-local" {...form.field('scheduledStart')} />
        <TextField id="job-end" label="Ends" optional type="datetime-local" {...form.field('scheduledEnd')} />
      </div>
      <TextField id="job-hours" label="Estimated hours" optional inputmode="decimal" maxLength={9} placeholder="6.5" {...form.field('estimatedHours')} />
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
        <Show when={form.errors().crew}>
          <p class="field-error">{form.errors().crew}</p>
        </Show>
      </fieldset>
      <TextAreaField id="job-description" label="Description" optional maxLength={5000} rows={3} {...form.field('description')} />
    </DialogForm>
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
