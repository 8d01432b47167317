import { createSignal, For, Show } from 'solid-js';
import EquipmentDialog from './EquipmentDialog';
import { propertyTitle } from './PropertiesCard';
import ConfirmDelete from '../ConfirmDelete';
import { ErrorBanner } from '../Notice';
import { createLoader } from '../jobs/loader';
import { api } from '../../../lib/api';
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
  const base = `/customers/${encodeURIComponent(props.customerId)}/equipment`;
  const list = createLoader(
    () => props.customerId,
    (_id, signal) => api<{ data: Equipment[] }>(base, { signal }),
  );
  const [editing, setEditing] = createSignal<Equipment | 'new'>();
  const [deleting, setDeleting] = createSignal<Equipment>();
  const rows = () => list.data()?.data ?? [];
  const propertyName = (id: string | null) => {
    const property = props.properties.find((entry) => entry.id === id);
    return property ? propertyTitle(property) : undefined;
  };

  const saved = (unit: Equipment, created: boolean) => {
    setEditing(undefined);
    props.onSaved(created ? `${unit.kind} added.` : `${unit.kind} saved.`);
    void list.reload();
  };
  const remove = async () => {
    const unit = deleting();
    if (!unit) return;
    await api<void>(`${base}/${encodeURIComponent(unit.id)}`, { method: 'DELETE' });
    setDeleting(undefined);
    props.onSaved(`${unit.kind} deleted.`);
    void list.reload();
  };

  return (
    <section class="card" aria-labelledby="equipment-heading" data-testid="customer-equipment">
      <div class="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id="equipment-heading" class="text-base font-semibold text-slate-900">
          Equipment
        </h2>
        <Show when={props.canWrite}>
          <button type="button" class="btn-ghost py-1" onClick={() => setEditing('new')} data-testid="equipment-new">
            Add equipment
          </button>
        </Show>
      </div>
      <Show when={list.error()}>
        <div class="p-4">
          <ErrorBanner message={list.error()} onRetry={() => void list.reload()} />
        </div>
      </Show>
      <Show when={!list.data() && list.loading()}>
        <p class="px-5 py-4 text-sm text-slate-500" aria-busy="true">
          Loading equipment…
        </p>
      </Show>
      <Show when={list.data() && rows().length === 0}>
        <p class="px-5 py-4 text-sm text-slate-600" data-testid="equipment-empty">
          No equipment recorded. {props.canWrite ? 'Add panels, water heaters, HVAC units and their warranties.' : ''}
        </p>
      </Show>
      <ul class="divide-y divide-slate-100">
        <For each={rows()}>
          {(unit) => (
            <li class="flex items-start justify-between gap-3 px-5 py-3" data-testid="equipment-row">
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
              <Show when={props.canWrite}>
                <div class="flex shrink-0 gap-1">
                  <button type="button" class="btn-ghost px-2 py-1" onClick={() => setEditing(unit)} data-testid="equipment-edit">
                    Edit<span class="sr-only"> {unit.kind}</span>
                  </button>
                  <button type="button" class="btn-ghost px-2 py-1 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(unit)} data-testid="equipment-delete">
                    Delete<span class="sr-only"> {unit.kind}</span>
                  </button>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <EquipmentDialog basePath={base} editing={editing()} properties={props.properties} onClose={() => setEditing(undefined)} onSaved={saved} />
      <ConfirmDelete subject={deleting()?.kind} onConfirm={remove} onClose={() => setDeleting(undefined)} testId="equipment-delete-dialog" />
    </section>
  );
}
