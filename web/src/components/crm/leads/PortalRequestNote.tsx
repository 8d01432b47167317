import { Show } from 'solid-js';
import { equipmentName, REQUEST_TYPE_LABELS, type PortalRequest } from './portalRequest';
import { formatDateTime } from '../../../lib/format';
import { customerHref } from '../../../lib/navigation';
import type { Lead } from '../../../lib/types/leads';

/** At the top of a lead sent from the client portal: what the customer asked, about which unit and where. */
export default function PortalRequestNote(props: { lead: Lead; request: PortalRequest }) {
  return (
    <div class="space-y-2 rounded-lg border border-teal-200 bg-teal-50/60 px-3 py-3 text-sm text-slate-800" data-testid="lead-portal-note">
      <p class="flex flex-wrap items-center gap-1" data-testid="lead-portal-request-kind">
        <span class="rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white">Client portal</span>
        <span class="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-200 ring-inset">{REQUEST_TYPE_LABELS[props.request.type]}</span>
      </p>
      <p>
        {props.lead.name} sent this service request from their client portal on {formatDateTime(props.lead.createdAt)}.{props.lead.notes ? ' Their words are in the notes below.' : ''}
      </p>
      <dl class="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <Show when={props.request.equipment}>
          {(equipment) => (
            <>
              <dt class="text-slate-500">Equipment</dt>
              <dd class="font-medium break-words text-slate-900" data-testid="lead-portal-equipment">
                {equipmentName(equipment())}
              </dd>
            </>
          )}
        </Show>
        <Show when={props.request.property}>
          {(property) => (
            <>
              <dt class="text-slate-500">Property</dt>
              <dd class="break-words text-slate-900">{property().address}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={props.lead.customerId}>
        {(customerId) => (
          <a class="inline-block font-medium text-teal-800 underline" href={customerHref(customerId())} data-testid="lead-portal-customer">
            Open the customer
          </a>
        )}
      </Show>
    </div>
  );
}
