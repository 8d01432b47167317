import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { TextAreaField, TextField } from '../fields';
import { saveRecord } from '../../../lib/api';
import { optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
import type { Property } from '../../../lib/types/customers';

const FIELDS = ['label', 'address', 'city', 'state', 'postalCode', 'yearBuilt', 'squareFeet', 'notes'] as const;

/** A whole number from a text box, or null when blank; `undefined` when it is not a whole number. */
export function parseWhole(text: string): number | null | undefined {
  const value = text.replace(/[,\s]/g, '');
  if (!value) return null;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** Add or edit one property of a customer. */
export default function PropertyDialog(props: { basePath: string; editing: Property | 'new' | undefined; onClose: () => void; onSaved: (property: Property, created: boolean) => void }) {
  const title = () => (props.editing === 'new' ? 'Add property' : 'Edit property');
  return (
    <Dialog open={Boolean(props.editing)} onClose={props.onClose} title={title()} testId="property-dialog">
      <PropertyForm basePath={props.basePath} original={props.editing === 'new' ? undefined : props.editing} onCancel={props.onClose} onSaved={props.onSaved} />
    </Dialog>
  );
}

function PropertyForm(props: { basePath: string; original: Property | undefined; onCancel: () => void; onSaved: (property: Property, created: boolean) => void }) {
  const original = props.original;
  const form = createFormState({
    label: original?.label ?? '',
    address: original?.address ?? '',
    city: original?.city ?? '',
    state: original?.state ?? '',
    postalCode: original?.postalCode ?? '',
    yearBuilt: original?.yearBuilt?.toString() ?? '',
    squareFeet: original?.squareFeet?.toString() ?? '',
    notes: original?.notes ?? '',
  });

  const submit = form.onSubmit(async () => {
    const values = form.values();
    const yearBuilt = parseWhole(values.yearBuilt);
    const squareFeet = parseWhole(values.squareFeet);
    const valid = form.check({
      address: values.address.trim() ? undefined : 'Address is required.',
      yearBuilt: yearBuilt === undefined ? 'Use a whole year, e.g. 1987.' : undefined,
      squareFeet: squareFeet === undefined ? 'Use whole square feet, e.g. 2150.' : undefined,
    });
    if (!valid) return;
    const body = {
      label: optionalText(values.label),
      address: values.address.trim(),
      city: optionalText(values.city),
      state: optionalText(values.state),
      postalCode: optionalText(values.postalCode),
      yearBuilt,
      squareFeet,
      notes: optionalText(values.notes),
    };
    const saved = await form.save(() => saveRecord<Property>(props.basePath, original?.id, body), FIELDS);
    if (saved) props.onSaved(saved, !original);
  });

  return (
    <DialogForm
      testId="property-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onCancel}
      submitLabel={original ? 'Save changes' : 'Add property'}
      saveTestId="property-save"
    >
      <TextField id="property-label" label="Label" optional maxLength={100} placeholder="Main house, Rental, Shop" {...form.field('label')} />
      <TextField id="property-address" label="Street address" maxLength={500} autocomplete="off" {...form.field('address')} />
      <div class="grid gap-5 sm:grid-cols-[1fr_6rem_8rem]">
        <TextField id="property-city" label="City" optional maxLength={100} {...form.field('city')} />
        <TextField id="property-state" label="State" optional maxLength={50} {...form.field('state')} />
        <TextField id="property-postal" label="ZIP" optional maxLength={20} {...form.field('postalCode')} />
      </div>
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="property-year" label="Year built" optional inputmode="numeric" maxLength={4} {...form.field('yearBuilt')} />
        <TextField id="property-sqft" label="Square feet" optional inputmode="numeric" maxLength={12} {...form.field('squareFeet')} />
      </div>
      <TextAreaField id="property-notes" label="Notes" optional maxLength={5000} hint="Panel location, shut-offs, access." {...form.field('notes')} />
    </DialogForm>
  );
}
