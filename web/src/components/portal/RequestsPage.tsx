import { createSignal, For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import RequestForm from './RequestForm';
import { PortalHeading, RequestBadge, Section } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath, REQUEST_TYPE_LABELS } from '../../lib/portal';
import { REQUEST_TYPES, type PortalEquipment, type RequestType, type ServiceRequest } from '../../lib/portalTypes';

/** `/portal/requests/`: asking the contractor for service (`?type=` and `?equipmentId=` preselect), and what was asked so far. */
export default function RequestsPage() {
  return <PortalShell section="requests">{(context) => <Requests context={context} />}</PortalShell>;
}

function Requests(props: { context: PortalContext }) {
  const params = new URLSearchParams(window.location.search);
  const wantedType = params.get('type');
  const type = (REQUEST_TYPES as readonly string[]).includes(wantedType ?? '') ? (wantedType as RequestType) : undefined;
  const equipmentId = params.get('equipmentId') ?? undefined;
  const requests = createLoadOnce((signal) => api<ServiceRequest[]>(customerPath(props.context.customerId, '/requests'), { signal }));
  const equipment = createLoadOnce((signal) => api<PortalEquipment[]>(customerPath(props.context.customerId, '/equipment'), { signal }));
  const [sent, setSent] = createSignal<ServiceRequest>();
  const company = () => props.context.relationship.company.name;

  return (
    <div data-testid="portal-requests">
      <PortalHeading id="requests-heading" title="Requests" description={`Ask ${company()} for help: report a problem, book a visit or ask about your equipment.`} />
      <div class="grid gap-6 lg:grid-cols-5">
        <Section title="New request" id="request-new-heading" class="lg:col-span-3" testId="request-new">
          <Show when={sent()}>
            {(request) => (
              <p role="status" class="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="request-sent">
                {REQUEST_TYPE_LABELS[request().type]} request sent to {company()}. They will get back to you; its status shows in the list.
              </p>
            )}
          </Show>
          {/* The equipment list arrives after the form renders: the picker joins it without resetting what was typed. */}
          <RequestForm
            customerId={props.context.customerId}
            companyName={company()}
            equipment={equipment.data()}
            type={type}
            equipmentId={equipmentId}
            onSent={(request) => {
              setSent(request);
              requests.mutate([request, ...(requests.data() ?? [])]);
            }}
          />
        </Section>
        <Section title="Your requests" id="request-list-heading" class="self-start lg:col-span-2" testId="request-list">
          <LoadStatus loader={requests} errorTestId="requests-error">
            <LoadingRows label="Loading your requests…" testId="requests-loading" rows={2} />
          </LoadStatus>
          <Show when={requests.data()?.length === 0}>
            <p class="text-sm text-slate-600" data-testid="requests-empty">
              Nothing asked yet.
            </p>
          </Show>
          <ul class="divide-y divide-slate-100">
            <For each={requests.data()}>
              {(request) => (
                <li class="py-3 first:pt-0 last:pb-0" data-testid="request-row">
                  <div class="flex items-start justify-between gap-3">
                    <p class="font-medium text-slate-900">{REQUEST_TYPE_LABELS[request.type]}</p>
                    <RequestBadge status={request.status} />
                  </div>
                  <p class="mt-0.5 line-clamp-3 text-sm whitespace-pre-line break-words text-slate-700">{request.description}</p>
                  <p class="mt-1 text-xs text-slate-500">
                    {formatDateTime(request.createdAt)}
                    {request.equipment ? ` · ${request.equipment.kind}` : ''}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Section>
      </div>
    </div>
  );
}
