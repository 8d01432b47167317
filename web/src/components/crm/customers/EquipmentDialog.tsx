import { propertyTitle } from './PropertiesCard';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { SelectField, TextAreaField, TextField } from '../fields';
import { saveRecord } from '../../../lib/api';
import { optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
import type { Equipment, Property } from '../../../lib/types/customers';

const FIELDS = ['kind', 'make', 'model', 'serialNumber', 'installDate', 'warrantyExpiresOn', 'warrantyNotes', 'notes', 'propertyId'] as const;

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
  const form = createFormState({
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

  const submit = form.onSubmit(async () => {
    const v = form.values();
    const valid = form.check({
      kind: v.kind.trim() ? undefined : 'Say what it is, e.g. “Water heater”.',
      warrantyExpiresOn: v.installDate && v.warrantyExpiresOn && v.warrantyExpiresOn < v.installDate ? 'The warranty cannot end before the install date.' : undefined,
    });
    if (!valid) return;
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
    const saved = await form.save(() => saveRecord<Equipment>(props.basePath, original?.id, body), FIELDS);
    if (saved) props.onSaved(saved, !original);
  });

  return (
    <DialogForm
      testId="equipment-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onClose}
      submitLabel={original ? 'Save changes' : 'Add equipment'}
      saveTestId="equipment-save"
    >
      <TextField id="equipment-kind" label="What is it" maxLength={100} placeholder="Water heater, Electrical panel, Heat pump" {...form.field('kind')} />
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="equipment-make" label="Make" optional maxLength={100} {...form.field('make')} />
        <TextField id="equipment-model" label="Model" optional maxLength={100} {...form.field('model')} />
      </div>
      <TextField id="equipment-serial" label="Serial number" optional maxLength={100} {...form.field('serialNumber')} />
      <SelectField
        id="equipment-property"
        label="Property"
        optional
        placeholder="Not tied to a property"
        options={props.properties.map((property) => ({ value: property.id, label: propertyTitle(property) }))}
        {...form.field('propertyId')}
      />
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="equipment-installed" label="Installed on" optional type="date" {...form.field('installDate')} />
        <TextField id="equipment-warranty" label="Warranty ends" optional type="date" {...form.field('warrantyExpiresOn')} />
      </div>
      <TextField id="equipment-warranty-notes" label="Warranty notes" optional maxLength={2000} placeholder="Tank 12 years, parts 6 years" {...form.field('warrantyNotes')} />
      <TextAreaField id="equipment-notes" label="Notes" optional maxLength={5000} rows={3} {...form.field('notes')} />
    </DialogForm>
  );
}
