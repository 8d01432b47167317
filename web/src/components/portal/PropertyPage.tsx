import { createEffect, For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import { PortalHeading, WarrantyBadge } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { createLoadOnce } from '../../lib/loader';
import { customerPath, describeAge, equipmentName } from '../../lib/portal';
import type { PortalEquipment, PortalProperty } from '../../lib/portalTypes';
import { noteActiveRecord } from '../../lib/zSession';

/** `/portal/home/`: the homeowner's property profile, with what is installed there. */
export default function PropertyPage() {
  return <PortalShell section="property">{(context) => <Properties context={context} />}</PortalShell>;
}

function Properties(props: { context: PortalContext }) {
  const data = createLoadOnce(async (signal) => {
    const [properties, equipment] = await Promise.all([
      api<PortalProperty[]>(customerPath(props.context.customerId, '/properties'), { signal }),
      api<PortalEquipment[]>(customerPath(props.context.customerId, '/equipment'), { signal }),
    ]);
    return { properties, equipment };
  });
  // One home: Z can talk about it without asking which.
  createEffect(() => {
    const properties = data.data()?.properties;
    if (properties?.length === 1) noteActiveRecord('property', properties[0]!.id);
  });
  const equipmentAt = (propertyId: string) => (data.data()?.equipment ?? []).filter((item) => item.propertyId === propertyId);

  return (
    <div data-testid="portal-property">
      <PortalHeading id="property-heading" title="My home" description={`What ${props.context.relationship.company.name} has on file about your home. Something out of date? Send them a message.`} />
      <LoadStatus loader={data} errorTestId="property-error">
        <LoadingRows label="Loading your home…" testId="property-loading" rows={2} />
      </LoadStatus>
      <Show when={data.data()?.properties.length === 0}>
        <EmptyState title="No address on file yet" testId="property-empty">
          {props.context.relationship.company.name} has not added your home’s details yet. They appear here once they do.
        </EmptyState>
      </Show>
      <div class="space-y-6">
        <For each={data.data()?.properties}>
          {(property) => (
            <article class="card overflow-hidden" aria-labelledby={`property-${property.id}`} data-testid="property-card">
              <div class="border-b border-slate-200 bg-slate-50 px-5 py-4">
                <h2 id={`property-${property.id}`} class="text-lg font-semibold text-slate-900">
                  {property.label ?? property.address}
                </h2>
                <p class="text-sm text-slate-600">
                  {[property.address, property.city, [property.state, property.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
                </p>
              </div>
              <dl class="grid grid-cols-2 gap-4 px-5 py-4 text-sm sm:grid-cols-3">
                <div>
                  <dt class="text-slate-600">Year built</dt>
                  <dd class="font-medium text-slate-900">{property.yearBuilt ?? 'Not recorded'}</dd>
                </div>
                <div>
                  <dt class="text-slate-600">Size</dt>
                  <dd class="font-medium text-slate-900">{property.squareFeet ? `${property.squareFeet.toLocaleString('en-US')} sq ft` : 'Not recorded'}</dd>
                </div>
                <div>
                  <dt class="text-slate-600">Equipment on file</dt>
                  <dd class="font-medium text-slate-900">{equipmentAt(property.id).length}</dd>
                </div>
              </dl>
              <Show when={equipmentAt(property.id).length > 0}>
                <div class="border-t border-slate-200 px-5 py-4">
                  <h3 class="text-sm font-semibold text-slate-900">Installed here</h3>
                  <ul class="mt-2 divide-y divide-slate-100">
                    <For each={equipmentAt(property.id)}>
                      {(item) => (
                        <li class="flex flex-wrap items-center justify-between gap-2 py-2">
                          <a class="link" href={props.context.href('/portal/equipment/view/', { id: item.id })}>
                            {equipmentName(item)}
                          </a>
                          <span class="flex items-center gap-2 text-xs text-slate-600">
                            <Show when={describeAge(item.ageYears)}>{(age) => <span>{age()}</span>}</Show>
                            <WarrantyBadge status={item.warranty} />
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              </Show>
            </article>
          )}
        </For>
      </div>
    </div>
  );
}
