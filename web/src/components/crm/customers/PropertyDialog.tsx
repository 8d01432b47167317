import { createSignal } from 'solid-js';
import Dialog from '../Dialog';
import { FormError, TextAreaField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { compactErrors, describeFailure, optionalText, type FieldErrors } from '../../../lib/forms';
import type { Property } from '../../../lib/types/customers';

const FIELDS = ['label', 'address', 'city', 'state', 'postalCode', 'yearBuilt', 'squareFeet', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

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
  const [values, setValues] = createSignal<Values>({
    label: original?.label ?? '',
    address: original?.address ?? '',
    city: original?.city ?? '',
    state: original?.state ?? '',
    postalCode: original?.postalCode ?? '',
    yearBuilt: original?.yearBuilt?.toString() ?? '',
    squareFeet: original?.squareFeet?.toString() ?? '',
    notes: original?.notes ?? '',
  });
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
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
    const yearBuilt = parseWhole(values().yearBuilt);
    const squareFeet = parseWhole(values().squareFeet);
    const found = compactErrors({
      address: values().address.trim() ? undefined : 'Address is required.',
      yearBuilt: yearBuilt === undefined ? 'Use a whole year, e.g. 1987.' : undefined,
      squareFeet: squareFeet === undefined ? 'Use whole square feet, e.g. 2150.' : undefined,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      label: optionalText(values().label),
      address: values().address.trim(),
      city: optionalText(values().city),
      state: optionalText(values().state),
      postalCode: optionalText(values().postalCode),
      yearBuilt,
      squareFeet,
      notes: optionalText(values().notes),
    };
    setSaving(true);
    try {
      const saved = original
        ? await api<Property>(`${props.basePath}/${encodeURIComponent(original.id)}`, { method: 'PATCH', body })
        : await api<Property>(props.basePath, { method: 'POST', body });
      props.onSaved(saved, !original);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="property-form" aria-busy={saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="property-form-error" />
        <TextField id="property-label" label="Label" optional maxLength={100} placeholder="Main house, Rental, Shop" {...field('label')} />
        <TextField id="property-address" label="Street address" maxLength={500} autocomplete="off" {...field('address')} />
        <div class="grid gap-5 sm:grid-cols-[1fr_6rem_8rem]">
          <TextField id="property-city" label="City" optional maxLength={100} {...field('city')} />
          <TextField id="property-state" label="State" optional maxLength={50} {...field('state')} />
          <TextField id="property-postal" label="ZIP" optional maxLength={20} {...field('postalCode')} />
        </div>
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="property-year" label="Year built" optional inputmode="numeric" maxLength={4} {...field('yearBuilt')} />
          <TextField id="property-sqft" label="Square feet" optional inputmode="numeric" maxLength={12} {...field('squareFeet')} />
        </div>
        <TextAreaField id="property-notes" label="Notes" optional maxLength={5000} hint="Panel location, shut-offs, access." {...field('notes')} />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="property-save">
          {saving() ? 'Saving…' : original ? 'Save changes' : 'Add property'}
        </button>
      </div>
    </form>
  );
}
