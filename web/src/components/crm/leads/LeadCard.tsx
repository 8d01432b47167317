import { Show } from 'solid-js';
import MoveMenu from './MoveMenu';
import { equipmentName, isConvertedLead, portalRequestOf, REQUEST_TYPE_LABELS, sourceLabel } from './portalRequest';
import { formatCentsWhole } from '../../../lib/format';
import { customerHref } from '../../../lib/navigation';
import { tradeLabel } from '../../../lib/types';
import type { Lead, LeadStage } from '../../../lib/types/leads';

/** DataTransfer type for a dragged lead, so drops of anything else are ignored. */
export const LEAD_DRAG_TYPE = 'application/x-zafto-lead';

/**
 * One lead on the board: drag it to another column, or use “Move to…”. A service request from
 * the client portal stands out, with what was asked and the equipment it is about.
 */
export default function LeadCard(props: { lead: Lead; busy: boolean; onOpen: () => void; onMove: (stage: LeadStage) => void; onDragging: (dragging: boolean) => void }) {
  const request = () => portalRequestOf(props.lead);
  const converted = () => isConvertedLead(props.lead);
  const meta = () =>
    [props.lead.trade ? tradeLabel(props.lead.trade) : null, request() ? null : sourceLabel(props.lead.source)].filter(Boolean).join(' · ') ||
    (request() ? '' : 'No trade or source yet');
  return (
    <li
      class={`card cursor-grab p-3 text-sm active:cursor-grabbing ${request() ? 'border-l-4 border-l-teal-500' : ''} ${props.busy ? 'opacity-60' : ''}`}
      draggable={!props.busy}
      onDragStart={(event) => {
        event.dataTransfer?.setData(LEAD_DRAG_TYPE, props.lead.id);
        event.dataTransfer?.setData('text/plain', props.lead.name);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        props.onDragging(true);
      }}
      onDragEnd={() => props.onDragging(false)}
      aria-busy={props.busy}
      data-testid="lead-card"
      data-lead-id={props.lead.id}
      data-stage={props.lead.stage}
    >
      <Show when={request()}>
        <span class="mb-1.5 inline-flex rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="lead-portal-request">
          Client portal
        </span>
      </Show>
      <button type="button" class="block w-full text-left font-medium break-words text-slate-900 hover:text-brand-700" onClick={() => props.onOpen()} data-testid="lead-open">
        {props.lead.name}
      </button>
      <Show when={request()}>
        {(portal) => (
          <div class="mt-0.5 text-xs break-words text-teal-800">
            <p class="font-semibold" data-testid="lead-request-type">
              {REQUEST_TYPE_LABELS[portal().type]}
            </p>
            <Show when={portal().equipment}>{(equipment) => <p data-testid="lead-equipment">{equipmentName(equipment())}</p>}</Show>
          </div>
        )}
      </Show>
      <Show when={request() && props.lead.notes}>
        <p class="mt-0.5 line-clamp-2 text-xs break-words text-slate-600" data-testid="lead-request-description">
          {props.lead.notes}
        </p>
      </Show>
      <Show when={props.lead.estimatedValueCents != null || meta()}>
        <p class="mt-0.5 text-xs text-slate-500">
          <Show when={props.lead.estimatedValueCents != null}>
            <span class="font-semibold text-slate-800 tabular-nums">{formatCentsWhole(props.lead.estimatedValueCents)}</span>
            <Show when={meta()}>{' · '}</Show>
          </Show>
          {meta()}
        </p>
      </Show>
      <Show when={props.lead.stage === 'lost' && props.lead.lostReason}>
        <p class="mt-1 text-xs text-red-700">Lost: {props.lead.lostReason}</p>
      </Show>
      <div class="mt-2 flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
        <Show when={props.lead.customerId} fallback={<span class="min-w-0 truncate text-xs text-slate-500 xl:hidden">{props.lead.phone ?? props.lead.email ?? ''}</span>}>
          <a href={customerHref(props.lead.customerId ?? '')} class="text-xs font-medium whitespace-nowrap text-emerald-700 hover:underline" data-testid="lead-customer-link">
            Customer →
          </a>
        </Show>
        <Show when={!converted()}>
          <div class="ml-auto shrink-0">
            <MoveMenu lead={props.lead} onMove={props.onMove} disabled={props.busy} />
          </div>
        </Show>
      </div>
    </li>
  );
}
