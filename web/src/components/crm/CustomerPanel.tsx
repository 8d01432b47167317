import { createSignal, Match, Show, Switch } from 'solid-js';
import Dialog from './Dialog';
import { FormError, TextAreaField, TextField } from './fields';
import { api } from '../../lib/api';
import { checkName, checkOptionalEmail, compactErrors, describeFailure, optionalText, type FieldErrors } from '../../lib/forms';
import type { Customer } from '../../lib/types';

const FIELDS = ['name', 'email', 'phone', 'address', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

export type PanelMode = { kind: 'create' } | { kind: 'edit'; customer: Customer } | { kind: 'view'; customer: Customer };

interface CustomerPanelProps {
  mode: PanelMode | undefined;
  onClose: () => void;
  onSaved: (customer: Customer, created: boolean) => void;
}

/** Side panel to add, edit or (for read-only roles) look at one customer. */
export default function CustomerPanel(props: CustomerPanelProps) {
  const title = () => {
    const mode = props.mode;
    if (!mode || mode.kind === 'create') return 'New customer';
    return mode.kind === 'edit' ? `Edit ${mode.customer.name}` : mode.customer.name;
  };
  const editing = () => {
    const mode = props.mode;
    return mode && mode.kind !== 'view' ? mode : undefined;
  };
  const viewing = () => {
    const mode = props.mode;
    return mode?.kind === 'view' ? mode.customer : undefined;
  };

  return (
    <Dialog open={Boolean(props.mode)} onClose={props.onClose} title={title()} testId="customer-dialog">
      <Switch>
        <Match when={editing()}>
          {(mode) => <CustomerForm mode={mode()} onCancel={props.onClose} onSaved={props.onSaved} />}
        </Match>
        <Match when={viewing()}>{(customer) => <CustomerDetails customer={customer()} onClose={props.onClose} />}</Match>
      </Switch>
    </Dialog>
  );
}

function CustomerForm(props: {
  mode: Exclude<PanelMode, { kind: 'view' }>;
  onCancel: () => void;
  onSaved: (customer: Customer, created: boolean) => void;
}) {
  const original = props.mode.kind === 'edit' ? props.mode.customer : undefined;
  const [values, setValues] = createSignal<Values>({
    name: original?.name ?? '',
    email: original?.email ?? '',
    phone: original?.phone ?? '',
    address: original?.address ?? '',
    notes: original?.notes ?? '',
  });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  // Getters keep the spread props reactive.
  const field = (name: Field) => ({
    get value() {
      return values()[name];
    },
    get error() {
      return errors()[name];
    },
    onValue: (value: string) => setValues({ ...values(), [name]: value }),
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const found = compactErrors({ name: checkName(values().name, 'Name'), email: checkOptionalEmail(values().email) });
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const next: Record<Field, string | null> = {
      name: values().name.trim(),
      email: optionalText(values().email),
      phone: optionalText(values().phone),
      address: optionalText(values().address),
      notes: optionalText(values().notes),
    };
    // Create sends what was filled in; edit sends only what changed (null clears a field).
    const body = Object.fromEntries(
      FIELDS.filter((name) => (original ? next[name] !== (original[name] ?? null) : next[name] !== null)).map((name) => [name, next[name]]),
    );
    if (original && Object.keys(body).length === 0) {
      props.onSaved(original, false);
      return;
    }

    setSaving(true);
    try {
      const saved = original
        ? await api<Customer>(`/customers/${encodeURIComponent(original.id)}`, { method: 'PATCH', body })
        : await api<Customer>('/customers', { method: 'POST', body });
      props.onSaved(saved, !original);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="customer-form" aria-busy={saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="customer-form-error" />
        <TextField id="customer-name" label="Name" maxLength={200} autocomplete="off" {...field('name')} />
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="customer-email" label="Email" optional type="email" maxLength={254} autocomplete="off" {...field('email')} />
          <TextField id="customer-phone" label="Phone" optional type="tel" maxLength={40} autocomplete="off" {...field('phone')} />
        </div>
        <TextField id="customer-address" label="Address" optional maxLength={500} autocomplete="off" {...field('address')} />
        <TextAreaField
          id="customer-notes"
          label="Notes"
          optional
          maxLength={5000}
          hint="Gate codes, pets, preferred contact times: anything the crew should know."
          {...field('notes')}
        />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onCancel()} data-testid="customer-cancel">
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="customer-save">
          {saving() ? 'Saving…' : original ? 'Save changes' : 'Add customer'}
        </button>
      </div>
    </form>
  );
}

function CustomerDetails(props: { customer: Customer; onClose: () => void }) {
  const rows = () => [
    { label: 'Email', value: props.customer.email },
    { label: 'Phone', value: props.customer.phone },
    { label: 'Address', value: props.customer.address },
    { label: 'Notes', value: props.customer.notes },
  ];
  return (
    <div class="flex min-h-0 flex-1 flex-col" data-testid="customer-details">
      <dl class="flex-1 divide-y divide-slate-100 overflow-y-auto px-6 py-2">
        {rows().map((row) => (
          <div class="py-3">
            <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">{row.label}</dt>
            <dd class="mt-1 text-sm whitespace-pre-line text-slate-900">
              <Show when={row.value} fallback={<span class="text-slate-400">Not recorded</span>}>
                {row.value}
              </Show>
            </dd>
          </div>
        ))}
      </dl>
      <div class="flex justify-end border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()} data-testid="customer-close">
          Close
        </button>
      </div>
    </div>
  );
}
