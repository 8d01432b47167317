import { createSignal, For, Show } from 'solid-js';
import LeadCard, { LEAD_DRAG_TYPE } from './LeadCard';
import { formatCentsWhole } from '../../../lib/format';
import { LEAD_STAGE_LABELS, type KanbanColumn, type Lead, type LeadStage } from '../../../lib/types/leads';

const ACCENTS: Record<LeadStage, string> = {
  new: 'border-t-sky-400',
  contacted: 'border-t-indigo-400',
  qualified: 'border-t-violet-400',
  bid_sent: 'border-t-amber-400',
  won: 'border-t-emerald-500',
  lost: 'border-t-slate-400',
};

/** One stage of the pipeline: a drop target for dragged cards. */
export default function LeadColumn(props: {
  column: KanbanColumn;
  busyIds: ReadonlySet<string>;
  dragging: boolean;
  onDropLead: (leadId: string, stage: LeadStage) => void;
  onOpen: (lead: Lead) => void;
  onMove: (lead: Lead, stage: LeadStage) => void;
  onDragging: (dragging: boolean) => void;
}) {
  const [over, setOver] = createSignal(false);
  const headingId = () => `lead-column-${props.column.stage}`;
  const accepts = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes(LEAD_DRAG_TYPE));

  return (
    <section
      class={`flex w-72 shrink-0 snap-start flex-col rounded-xl border border-t-4 bg-slate-100/70 xl:w-auto ${ACCENTS[props.column.stage]} ${
        over() ? 'border-brand-400 bg-brand-50 ring-2 ring-brand-200' : props.dragging ? 'border-dashed border-slate-300' : 'border-slate-200'
      }`}
      aria-labelledby={headingId()}
      onDragEnter={(event) => {
        if (accepts(event)) {
          event.preventDefault();
          setOver(true);
        }
      }}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const id = event.dataTransfer?.getData(LEAD_DRAG_TYPE);
        if (id) props.onDropLead(id, props.column.stage);
      }}
      data-testid={`lead-column-${props.column.stage}`}
    >
      <header class="flex flex-wrap items-baseline justify-between gap-x-2 px-3 pt-3 pb-2">
        <h2 id={headingId()} class="text-sm font-semibold text-slate-900">
          {LEAD_STAGE_LABELS[props.column.stage]} <span class="font-normal text-slate-500" data-testid="lead-column-count">{props.column.count}</span>
        </h2>
        <span class="text-xs font-medium text-slate-600 tabular-nums">{formatCentsWhole(props.column.valueCents)}</span>
      </header>
      <ul class="flex min-h-24 flex-1 flex-col gap-2 px-2 pb-3">
        <For each={props.column.leads}>
          {(lead) => (
            <LeadCard lead={lead} busy={props.busyIds.has(lead.id)} onOpen={() => props.onOpen(lead)} onMove={(stage) => props.onMove(lead, stage)} onDragging={props.onDragging} />
          )}
        </For>
        <Show when={props.column.leads.length === 0}>
          <li class="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-600">{props.dragging ? 'Drop here' : 'No leads'}</li>
        </Show>
        <Show when={props.column.count > props.column.leads.length}>
          <li class="px-1 text-xs text-slate-500">Showing the {props.column.leads.length} most recent of {props.column.count}.</li>
        </Show>
      </ul>
    </section>
  );
}
