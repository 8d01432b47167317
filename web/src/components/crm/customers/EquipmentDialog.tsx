import { createSignal } from 'solid-js';
import { propertyTitle } from './PropertiesCard';
import Dialog from '../Dialog';
import { FormError, SelectField, TextAreaField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { compactErrors, describeFailure, optionalText, type FieldErrors } from '../../../lib/forms';
import type { Equipment, Property } from '../../../lib/types/customers';

const FIELDS = ['kind', 'make', 'model', 'serialNumber', 'installDate', 'warrantyExpiresOn', 'warrantyNotes', 'notes', 'propertyId'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

interface EquipmentDialogProps {
  basePath: string;
  editing: Equipment | 'new' | undefined;
  properties: Property[];
  onClose: () => void;
  onSaved: (unit: Equipment, created: boolean) => void;
}

/** Add or edit one piece of equipment: what it is, when it went in, and its warranty. */
export default function EquipmentDialog(props: EquipmentDialogProps) {
  return (
    <Dialog open={Boolean(props.editing)} onClose={props.onClose} title={props.editing === 'new' ? 'Add equipment' : 'Edit equipment'} testId="equipment-dialog">
      <EquipmentForm {...props} original={props.editing === 'new' ? undefined : props.editing} />
    </Dialog>
  );
}

function EquipmentForm(props: EquipmentDialogProps & { original: Equipment | undefined }) {
  const original = props.original;
  const [values, setValues] = createSignal<Values>({
    kind: original?.kind ?? '',
    make: original?.make ?? '',
    model: original?.model ?? '',
    serialNumber: original?.serialNumber ?? '',
    installDate: original?.installDate ?? '',
    warrantyExpiresOn: original?.warrantyExpiresOn ?? '',
    warrantyNotes: original?.warrantyNotes ?? '',
    notes: original?.notes ?? '',
    propertyId: original?.propertyId ?? (props.properties.length === 1 ? props.properties[0]!.id : ''),
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
    const v = values();
    const found = compactErrors({
      kind: v.kind.trim() ? undefined : 'Say what it is, e.g. “Water heater”.',
      warrantyExpiresOn: v.installDate && v.warrantyExpiresOn && v.warrantyExpiresOn < v.installDate ? 'The warranty cannot end before the install date.' : undefined,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      kind: v.kind.trim(),
      make: optionalText(v.make),
      model: optionalText(v.model),
      serialNumber: optionalText(v.serialNumber),
      installDate: v.installDate || null,
      warrantyExpiresOn: v.warrantyExpiresOn || null,
      warrantyNotes: optionalText(v.warrantyNotes),
      notes: optionalText(v.notes),
      propertyId: v.propertyId || null,
    };
    setSaving(true);
    try {
      const saved = original
        ? await api<Equipment>(`${props.basePath}/${encodeURIComponent(original.id)}`, { method: 'PATCH', body })
        : await api<Equipment>(props.basePath, { method: 'POST', body });
      props.onSaved(saved, !original);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} data-testid="equipment-form" aria-busy={saving()}>
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="equipment-form-error" />
        <TextField id="equipment-kind" label="What is it" maxLength={100} placeholder="Water heater, Electrical panel, Heat pump" {...field('kind')} />
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="equipment-make" label="Make" optional maxLength={100} {...field('make')} />
          <TextField id="equipment-model" label="Model" optional maxLength={100} {...field('model')} />
        </div>
        <TextField id="equipment-serial" label="Serial number" optional maxLength={100} {...field('serialNumber')} />
        <SelectField
          id="equipment-property"
          label="Property"
          optional
          placeholder="Not tied to a property"
          options={props.properties.map((property) => ({ value: property.id, label: propertyTitle(property) }))}
          {...field('propertyId')}
        />
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="equipment-installed" label="Installed on" optional type="date" {...field('installDate')} />
          <TextField id="equipment-warranty" label="Warranty ends" optional type="date" {...field('warrantyExpiresOn')} />
        </div>
        <TextField id="equipment-warranty-notes" label="Warranty notes" optional maxLength={2000} placeholder="Tank 12 years, parts 6 years" {...field('warrantyNotes')} />
        <TextAreaField id="equipment-notes" label="Notes" optional maxLength={5000} rows={3} {...field('notes')} />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="equipment-save">
          {saving() ? 'Saving…' : original ? 'Save changes' : 'Add equipment'}
        </button>
      </div>
    </form>
  );
}
