import { Show } from 'solid-js';
import { createChildList } from './childList';
import ChildListCard from './ChildListCard';
import EquipmentDialog from './EquipmentDialog';
import { propertyTitle } from './PropertiesCard';
import ConfirmDelete from '../ConfirmDelete';
import { formatDate } from '../../../lib/format';
import type { Equipment, Property } from '../../../lib/types/customers';

export const equipmentTitle = (unit: Equipment) => [unit.kind, unit.make].filter(Boolean).join(' · ');

function ageText(unit: Equipment) {
  if (unit.ageYears === null) return 'Install date unknown';
  const age = unit.ageYears === 0 ? 'Under a year old' : `${unit.ageYears} year${unit.ageYears === 1 ? '' : 's'} old`;
  return `${age} (installed ${formatDate(unit.installDate)})`;
}

/** Warranty as a coloured badge: active, expired, or not recorded. */
function WarrantyBadge(props: { unit: Equipment }) {
  return (
    <Show
      when={props.unit.warrantyActive !== null}
      fallback={<span class="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">No warranty on file</span>}
    >
      <span
        class={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${props.unit.warrantyActive ? 'bg-emerald-50 text-emerald-700' : 'bg-red-50 text-red-700'}`}
        data-testid="equipment-warranty"
      >
        {props.unit.warrantyActive ? `Warranty until ${formatDate(props.unit.warrantyExpiresOn)}` : `Warranty expired ${formatDate(props.unit.warrantyExpiresOn)}`}
      </span>
    </Show>
  );
}

/** Equipment installed at the customer's properties: age and warranty at a glance; staff add, edit and delete. */
export default function EquipmentCard(props: { customerId: string; canWrite: boolean; properties: Property[]; onSaved: (message: string) => void }) {
  const base = () => `/customers/${encodeURIComponent(props.customerId)}/equipment`;
  const equipment = createChildList<Equipment>(base, (message) => props.onSaved(message));
  const propertyName = (id: string | null) => {
    const property = props.properties.find((entry) => entry.id === id);
    return property ? propertyTitle(property) : undefined;
  };

  return (
    <ChildListCard
      title="Equipment"
      kind="equipment"
      testId="customer-equipment"
      emptyTestId="equipment-empty"
      headingId="equipment-heading"
      addLabel="Add equipment"
      loadingText="Loading equipment…"
      emptyText={`No equipment recorded. ${props.canWrite ? 'Add panels, water heaters, HVAC units and their warranties.' : ''}`}
      canWrite={props.canWrite}
      dialogs={
        <>
          <EquipmentDialog
            basePath={base()}
            editing={equipment.editing()}
            properties={props.properties}
            onClose={() => equipment.setEditing(undefined)}
            onSaved={(unit, created) => equipment.saved(`${unit.kind} ${created ? 'added' : 'saved'}.`)}
          />
          <ConfirmDelete
            subject={equipment.deleting()?.kind}
            onConfirm={() => equipment.remove((unit) => `${unit.kind} deleted.`)}
            onClose={() => equipment.setDeleting(undefined)}
            testId="equipment-delete-dialog"
          />
        </>
      }
      state={equipment}
      name={(unit) => unit.kind}
    >
      {(unit) => (
        <div class="min-w-0 space-y-1 text-sm">
          <p class="font-medium break-words text-slate-900">{equipmentTitle(unit)}</p>
          <Show when={unit.model || unit.serialNumber}>
            <p class="text-xs break-words text-slate-600">
              {[unit.model ? `Model ${unit.model}` : '', unit.serialNumber ? `S/N ${unit.serialNumber}` : ''].filter(Boolean).join(' · ')}
            </p>
          </Show>
          <p class="text-xs text-slate-600" data-testid="equipment-age">
            {ageText(unit)}
          </p>
          <WarrantyBadge unit={unit} />
          <Show when={unit.warrantyNotes}>
            <p class="text-xs text-slate-500">{unit.warrantyNotes}</p>
          </Show>
          <Show when={propertyName(unit.propertyId)}>
            <p class="text-xs text-slate-500">At {propertyName(unit.propertyId)}</p>
          </Show>
        </div>
      )}
    </ChildListCard>
  );
}
