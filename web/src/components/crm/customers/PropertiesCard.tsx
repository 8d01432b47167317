import { createEffect, Show } from 'solid-js';
import { createChildList } from './childList';
import ChildListCard from './ChildListCard';
import PropertyDialog from './PropertyDialog';
import ConfirmDelete from '../ConfirmDelete';
import type { Property } from '../../../lib/types/customers';

export const propertyTitle = (property: Property) => property.label || property.address;
export const propertyAddress = (property: Property) =>
  [property.address, [property.city, [property.state, property.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean).join(', ');

/** The customer's properties (job sites), with add, edit and delete for staff. Reports the list upward for the equipment form. */
export default function PropertiesCard(props: { customerId: string; canWrite: boolean; onChange: (list: Property[]) => void; onSaved: (message: string) => void }) {
  const base = () => `/customers/${encodeURIComponent(props.customerId)}/properties`;
  const properties = createChildList<Property>(base, (message) => props.onSaved(message));
  createEffect(() => props.onChange(properties.rows()));

  return (
    <ChildListCard
      title="Properties"
      kind="property"
      testId="customer-properties"
      emptyTestId="properties-empty"
      headingId="properties-heading"
      addLabel="Add property"
      loadingText="Loading properties…"
      emptyText={`No properties yet. ${props.canWrite ? 'Add the addresses where you work for this customer.' : ''}`}
      canWrite={props.canWrite}
      dialogs={
        <>
          <PropertyDialog
            basePath={base()}
            editing={properties.editing()}
            onClose={() => properties.setEditing(undefined)}
            onSaved={(property, created) => properties.saved(`Property “${propertyTitle(property)}” ${created ? 'added' : 'saved'}.`)}
          />
          <ConfirmDelete
            subject={properties.deleting() ? propertyTitle(properties.deleting()!) : undefined}
            description="Its equipment stays with the customer, without a property. Jobs at this address keep their address."
            onConfirm={() => properties.remove((property) => `Property “${propertyTitle(property)}” deleted.`)}
            onClose={() => properties.setDeleting(undefined)}
            testId="property-delete-dialog"
          />
        </>
      }
      state={properties}
      name={propertyTitle}
    >
      {(property) => (
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
      )}
    </ChildListCard>
  );
}
