import { For, Show } from 'solid-js';
import LifespanInsight from './LifespanInsight';
import PortalShell, { type PortalContext } from './PortalShell';
import { BackLink, PortalHeading, Section, WarrantyBadge } from './portalUi';
import { fetchRecord, RecordLoadStatus, recordIdFromAddress } from './RecordLoadStatus';
import FactList from '../crm/documents/FactList';
import { openZPanel } from '../z/zPanelState';
import { formatDate, humanize } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { describeAge, equipmentName } from '../../lib/portal';
import type { PortalEquipmentDetail } from '../../lib/portalTypes';

/** `/portal/equipment/view/?id=`: one piece of equipment, its lifespan insight and its service history. */
export default function EquipmentDetailPage() {
  return <PortalShell section="equipment">{(context) => <EquipmentDetail context={context} />}</PortalShell>;
}

function EquipmentDetail(props: { context: PortalContext }) {
  const id = recordIdFromAddress();
  const item = createLoadOnce((signal) => fetchRecord<PortalEquipmentDetail>(`/portal/equipment/${encodeURIComponent(id)}`, signal));
  const requestHref = (type: string) => props.context.href('/portal/requests/', { type, equipmentId: id });

  return (
    <div data-testid="portal-equipment-detail">
      <BackLink href={props.context.href('/portal/equipment/')}>All equipment</BackLink>
      <RecordLoadStatus loader={item} noun="equipment" listHref={props.context.href('/portal/equipment/')} />
      <Show when={item.data()}>
        {(equipment) => (
          <>
            <PortalHeading id="equipment-detail-heading" title={equipmentName(equipment())} description={describeAge(equipment().ageYears) ?? 'Installation date not recorded'}>
              <WarrantyBadge status={equipment().warranty} />
            </PortalHeading>
            <div class="grid gap-6 lg:grid-cols-3">
              <div class="space-y-6 lg:col-span-2">
                <Show
                  when={equipment().insight}
                  fallback={
                    <p class="card p-5 text-sm text-slate-600" data-testid="lifespan-none">
                      There is not enough data yet to say how long {equipment().kind.toLowerCase()}s like this one usually last. Ask {props.context.relationship.company.name} at your next visit.
                    </p>
                  }
                >
                  {(insight) => (
                    <Section title="How long it usually lasts" id="lifespan-heading">
                      <LifespanInsight insight={insight()} ageYears={equipment().ageYears} />
                    </Section>
                  )}
                </Show>
                <Section title="Service history" id="equipment-history-heading" testId="equipment-service-history">
                  <Show when={equipment().serviceHistory.length > 0} fallback={<p class="text-sm text-slate-600">No service recorded on this equipment yet.</p>}>
                    <ol class="divide-y divide-slate-100">
                      <For each={equipment().serviceHistory}>
                        {(service) => (
                          <li class="py-2.5 first:pt-0 last:pb-0">
                            <p class="font-medium text-slate-900">{service.title}</p>
                            <p class="text-sm text-slate-600">
                              {service.completedAt ? `Completed ${formatDate(service.completedAt)}` : 'Not completed yet'}
                              {service.failureMode ? ` · ${humanize(service.failureMode)}` : ''}
                            </p>
                          </li>
                        )}
                      </For>
                    </ol>
                  </Show>
                </Section>
              </div>
              <div class="space-y-6">
                <Section title="Details" id="equipment-facts-heading">
                  <FactList
                    facts={[
                      { label: 'Type', value: equipment().kind },
                      { label: 'Make', value: equipment().make ?? undefined },
                      { label: 'Model', value: equipment().model ?? undefined },
                      { label: 'Serial number', value: equipment().serialNumber ?? undefined },
                      { label: 'Installed', value: equipment().installDate ? formatDate(equipment().installDate) : undefined },
                      { label: 'Warranty until', value: equipment().warrantyExpiresOn ? formatDate(equipment().warrantyExpiresOn) : undefined },
                    ]}
                  />
                </Section>
                <Section title="Need something?" id="equipment-actions-heading">
                  <div class="flex flex-col gap-2">
                    <a class="btn-primary" href={requestHref('problem')} data-testid="equipment-report-problem">
                      Report a problem
                    </a>
                    <a class="btn-secondary" href={requestHref('schedule_service')}>
                      Schedule service
                    </a>
                    <a class="btn-secondary" href={requestHref('equipment_question')}>
                      Ask {props.context.relationship.company.name} about it
                    </a>
                    <button type="button" class="btn-ghost" onClick={(event) => openZPanel(event.currentTarget)} data-testid="equipment-ask-z">
                      Ask Z what it means
                    </button>
                  </div>
                </Section>
              </div>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
