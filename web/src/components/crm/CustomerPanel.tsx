import { Show } from 'solid-js';
import Dialog from './Dialog';
import DialogForm from './DialogForm';
import { TextAreaField, TextField } from './fields';
import { saveRecord } from '../../lib/api';
import { checkName, checkOptionalEmail, optionalText } from '../../lib/forms';
import { createFormState } from '../../lib/formState';
import type { Customer } from '../../lib/types';

const FIELDS = ['name', 'email', 'phone', 'address', 'notes'] as const;
type Field = (typeof FIELDS)[number];

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
  const form = createFormState({
    name: original?.name ?? '',
    email: original?.email ?? '',
    phone: original?.phone ?? '',
    address: original?.address ?? '',
    notes: original?.notes ?? '',
  });

  const submit = form.onSubmit(async () => {
    const values = form.values();
    if (!form.check({ name: checkName(values.name, 'Name'), email: checkOptionalEmail(values.email) })) return;

    const next: Record<Field, string | null> = {
      name: values.name.trim(),
      email: optionalText(values.email),
      phone: optionalText(values.phone),
      address: optionalText(values.address),
      notes: optionalText(values.notes),
    };
    // Create sends what was filled in; edit sends only what changed (null clears a field).
    const body = Object.fromEntries(
      FIELDS.filter((name) => (original ? next[name] !== (original[name] ?? null) : next[name] !== null)).map((name) => [name, next[name]]),
    );
    if (original && Object.keys(body).length === 0) {
      props.onSaved(original, false);
      return;
    }

    const saved = await form.save(() => saveRecord<Customer>('/customers', original?.id, body), FIELDS);
    if (saved) props.onSaved(saved, !original);
  });

  return (
    <DialogForm
      testId="customer-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onCancel}
      submitLabel={original ? 'Save changes' : 'Add customer'}
      saveTestId="customer-save"
      cancelTestId="customer-cancel"
    >
      <TextField id="customer-name" label="Name" maxLength={200} autocomplete="off" {...form.field('name')} />
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="customer-email" label="Email" optional type="email" maxLength={254} autocomplete="off" {...form.field('email')} />
        <TextField id="customer-phone" label="Phone" optional type="tel" maxLength={40} autocomplete="off" {...form.field('phone')} />
      </div>
      <TextField id="customer-address" label="Address" optional maxLength={500} autocomplete="off" {...form.field('address')} />
      <TextAreaField
        id="customer-notes"
        label="Notes"
        optional
        maxLength={5000}
        hint="Gate codes, pets, preferred contact times: anything the crew should know."
        {...form.field('notes')}
      />
    </DialogForm>
  );
}
