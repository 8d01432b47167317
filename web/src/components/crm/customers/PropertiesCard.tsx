import { createEffect, createSignal, For, Show } from 'solid-js';
import PropertyDialog from './PropertyDialog';
import ConfirmDelete from '../ConfirmDelete';
import { ErrorBanner } from '../Notice';
import { createLoader } from '../jobs/loader';
import { api } from '../../../lib/api';
import type { Property } from '../../../lib/types/customers';

export const propertyTitle = (property: Property) => property.label || property.address;
export const propertyAddress = (property: Property) =>
  [property.address, [property.city, [property.state, property.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean).join(', ');

/** The customer's properties (job sites), with add, edit and delete for staff. Reports the list upward for the equipment form. */
export default function PropertiesCard(props: { customerId: string; canWrite: boolean; onChange: (list: Property[]) => void; onSaved: (message: string) => void }) {
  const base = `/customers/${encodeURIComponent(props.customerId)}/properties`;
  const list = createLoader(
    () => props.customerId,
    (_id, signal) => api<{ data: Property[] }>(base, { signal }),
  );
  const [editing, setEditing] = createSignal<Property | 'new'>();
  const [deleting, setDeleting] = createSignal<Property>();
  const rows = () => list.data()?.data ?? [];
  createEffect(() => props.onChange(rows()));

  const saved = (property: Property, created: boolean) => {
    setEditing(undefined);
    props.onSaved(created ? `Property “${propertyTitle(property)}” added.` : `Property “${propertyTitle(property)}” saved.`);
    void list.reload();
  };
  const remove = async () => {
    const property = deleting();
    if (!property) return;
    await api<void>(`${base}/${encodeURIComponent(property.id)}`, { method: 'DELETE' });
    setDeleting(undefined);
    props.onSaved(`Property “${propertyTitle(property)}” deleted.`);
    void list.reload();
  };

  return (
    <section class="card" aria-labelledby="properties-heading" data-testid="customer-properties">
      <div class="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id="properties-heading" class="text-base font-semibold text-slate-900">
          Properties
        </h2>
        <Show when={props.canWrite}>
          <button type="button" class="btn-ghost py-1" onClick={() => setEditing('new')} data-testid="property-new">
            Add property
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
          Loading properties…
        </p>
      </Show>
      <Show when={list.data() && rows().length === 0}>
        <p class="px-5 py-4 text-sm text-slate-600" data-testid="properties-empty">
          No properties yet. {props.canWrite ? 'Add the addresses where you work for this customer.' : ''}
        </p>
      </Show>
      <ul class="divide-y divide-slate-100">
        <For each={rows()}>
          {(property) => (
            <li class="flex items-start justify-between gap-3 px-5 py-3" data-testid="property-row">
              <div class="min-w-0 text-sm">
                <p class="font-medium break-words text-slate-900">{propertyTitle(property)}</p>
                <p class="text-slate-600">{propertyAddress(property)}</p>
                <p class="text-xs text-slate-500">
                  {[property.yearBuilt ? `Built ${property.yearBuilt}` : '', property.squareFeet ? `${property.squareFeet.toLocaleString('en-US')} sq ft` : ''].filter(Boolean).join(' · ')}
                </p>
                <Show when={property.notes}>
                  <p class="mt-1 text-xs whitespace-pre-line text-slate-600">{property.notes}</p>
                </Show>
              </div>
              <Show when={props.canWrite}>
                <div class="flex shrink-0 gap-1">
                  <button type="button" class="btn-ghost px-2 py-1" onClick={() => setEditing(property)} data-testid="property-edit">
                    Edit<span class="sr-only"> {propertyTitle(property)}</span>
                  </button>
                  <button type="button" class="btn-ghost px-2 py-1 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(property)} data-testid="property-delete">
                    Delete<span class="sr-only"> {propertyTitle(property)}</span>
                  </button>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <PropertyDialog basePath={base} editing={editing()} onClose={() => setEditing(undefined)} onSaved={saved} />
      <ConfirmDelete
        subject={deleting() ? propertyTitle(deleting()!) : undefined}
        description="Its equipment stays with the customer, without a property. Jobs at this address keep their address."
        onConfirm={remove}
        onClose={() => setDeleting(undefined)}
        testId="property-delete-dialog"
      />
    </section>
  );
}
