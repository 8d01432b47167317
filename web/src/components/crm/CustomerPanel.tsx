import { createSignal, Show } from 'solid-js';
import Dialog from './Dialog';
import { FormError, TextAreaField, TextField } from './fields';
import { api } from '../../lib/api';
import { checkName, checkOptionalEmail, compactErrors, describeFailure, optionalText, type FieldErrors } from '../../lib/forms';
import type { Customer } from '../../lib/types';

const FIELDS = ['name', 'email', 'phone', 'address', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

export type PanelMode = { kind: 'create' } | { kind: 'edit'; customer: Customer };

interface CustomerPanelProps {
  mode: PanelMode | undefined;
  onClose: () => void;
  onSaved: (customer: Customer, created: boolean) => void;
}

/** Side panel to add or edit one customer. */
export default function CustomerPanel(props: CustomerPanelProps) {
  const title = () => (props.mode?.kind === 'edit' ? `Edit ${props.mode.customer.name}` : 'New customer');

  return (
    <Dialog open={Boolean(props.mode)} onClose={props.onClose} title={title()} testId="customer-dialog">
      <Show when={props.mode}>{(mode) => <CustomerForm mode={mode()} onCancel={props.onClose} onSaved={props.onSaved} />}</Show>
    </Dialog>
  );
}

function CustomerForm(props: {
  mode: PanelMode;
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
