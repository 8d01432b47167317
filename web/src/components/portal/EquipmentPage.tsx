import { For, Show } from 'solid-js';
import LifespanInsight from './LifespanInsight';
import PortalShell, { type PortalContext } from './PortalShell';
import { PortalHeading, WarrantyBadge } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath, describeAge } from '../../lib/portal';
import type { PortalEquipment } from '../../lib/portalTypes';

/** `/portal/equipment/`: what is installed in the homeowner's home, its age and warranty. */
export default function EquipmentPage() {
  return <PortalShell section="equipment">{(context) => <EquipmentList context={context} />}</PortalShell>;
}

function EquipmentList(props: { context: PortalContext }) {
  const equipment = createLoadOnce((signal) => api<PortalEquipment[]>(customerPath(props.context.customerId, '/equipment'), { signal }));
  return (
    <div data-testid="portal-equipment">
      <PortalHeading id="equipment-heading" title="Equipment" description="What is installed in your home: how old it is, its warranty, and how long it usually lasts." />
      <LoadStatus loader={equipment} errorTestId="equipment-error">
        <LoadingRows label="Loading your equipment…" testId="equipment-loading" rows={3} />
      </LoadStatus>
      <Show when={equipment.data()?.length === 0}>
        <EmptyState title="No equipment on file yet" testId="equipment-empty">
          When {props.context.relationship.company.name} records what is installed in your home — a water heater, a furnace, a panel — it shows up here.
        </EmptyState>
      </Show>
      <ul class="grid gap-4 md:grid-cols-2">
        <For each={equipment.data()}>
          {(item) => (
            <li>
              <a
                href={props.context.href('/portal/equipment/view/', { id: item.id })}
                class="card block h-full p-5 transition hover:border-slate-300 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                data-testid="equipment-card"
              >
                <div class="flex items-start justify-between gap-3">
                  <div class="min-w-0">
                    <h2 class="text-base font-semibold text-slate-900">{item.kind}</h2>
                    <p class="text-sm text-slate-600">{[item.make, item.model].filter(Boolean).join(' ') || 'Make and model not recorded'}</p>
                  </div>
                  <WarrantyBadge status={item.warranty} />
                </div>
                <p class="mt-2 text-sm text-slate-700" data-testid="equipment-age">
                  {describeAge(item.ageYears) ?? 'Age unknown'}
                  {item.installDate ? ` · installed ${formatDate(item.installDate)}` : ''}
                </p>
                <Show when={item.insight}>
                  {(insight) => (
                    <div class="mt-3">
                      <LifespanInsight insight={insight()} ageYears={item.ageYears} compact />
                    </div>
                  )}
                </Show>
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
