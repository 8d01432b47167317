import { createSignal, For, Show } from 'solid-js';
import { addToBoard, moveOnBoard, removeFromBoard, replaceOnBoard } from './boardState';
import ConvertLeadDialog from './ConvertLeadDialog';
import LeadColumn from './LeadColumn';
import LeadPanel, { type LeadPanelMode } from './LeadPanel';
import { isConvertedLead } from './portalRequest';
import ActionDialog from '../ActionDialog';
import { TextAreaField } from '../fields';
import LoadStatus from '../LoadStatus';
import { createNotice, ErrorBanner, Notice } from '../Notice';
import PageHeader from '../PageHeader';
import { onPageReturn } from '../pageReturn';
import { api, errorMessage } from '../../../lib/api';
import { formatCentsWhole } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import { customerHref, jobHref } from '../../../lib/navigation';
import type { Workspace } from '../../../lib/types';
import { LEAD_STAGE_LABELS, type ConvertLeadResult, type Kanban, type Lead, type LeadStage } from '../../../lib/types/leads';

/** The sales pipeline as a board: drag cards between stages (or use “Move to…”), add and convert leads. */
export default function LeadBoard(props: { workspace: Workspace }) {
  const board = createLoadOnce((signal) => api<Kanban>('/leads/kanban', { signal }));
  const [busy, setBusy] = createSignal<ReadonlySet<string>>(new Set());
  const [dragging, setDragging] = createSignal(false);
  const [moveError, setMoveError] = createSignal('');
  const [losing, setLosing] = createSignal<Lead>();
  const [lostReason, setLostReason] = createSignal('');
  const [panel, setPanel] = createSignal<LeadPanelMode>();
  const [converting, setConverting] = createSignal<Lead>();
  const [converted, setConverted] = createSignal<ConvertLeadResult>();
  const notice = createNotice();
  // Service requests arrive from the client portal while the board sits in a tab; never reload under a move or an open form.
  onPageReturn(() => {
    if (busy().size === 0 && !panel() && !converting() && !losing()) void board.reload();
  });

  const allLeads = () => board.data()?.columns.flatMap((column) => column.leads) ?? [];
  const setBoard = (update: (current: Kanban) => Kanban) => {
    const current = board.data();
    if (current) board.mutate(update(current));
  };
  const markBusy = (id: string, on: boolean) => {
    const next = new Set(busy());
    if (on) next.add(id);
    else next.delete(id);
    setBusy(next);
  };

  /** Moves the card at once, then asks the server; puts it back with the reason if refused. */
  const move = async (lead: Lead, stage: LeadStage, reason?: string) => {
    if (lead.stage === stage || busy().has(lead.id)) return;
    if (stage === 'lost' && reason === undefined) {
      setLostReason('');
      setLosing(lead);
      return;
    }
    setMoveError('');
    setBoard((current) => moveOnBoard(current, lead, stage));
    markBusy(lead.id, true);
    try {
      const saved = await api<Lead>(`/leads/${encodeURIComponent(lead.id)}/stage`, { method: 'POST', body: { stage, lostReason: stage === 'lost' ? reason : null } });
      setBoard((current) => replaceOnBoard(current, saved));
      notice.show(`${lead.name} moved to ${LEAD_STAGE_LABELS[stage]}.`);
    } catch (error) {
      setBoard((current) => moveOnBoard(current, { ...lead, stage }, lead.stage));
      setBoard((current) => replaceOnBoard(current, lead));
      setMoveError(`${lead.name} could not be moved: ${errorMessage(error)}`);
    }
    markBusy(lead.id, false);
  };

  const onDropLead = (leadId: string, stage: LeadStage) => {
    const lead = allLeads().find((l) => l.id === leadId);
    if (!lead) return;
    if (isConvertedLead(lead) && stage !== 'won') {
      setMoveError(`${lead.name} is already a customer, so the lead stays won.`);
      return;
    }
    void move(lead, stage);
  };

  const totals = () => {
    const columns = board.data()?.columns ?? [];
    const open = columns.filter((c) => c.stage !== 'won' && c.stage !== 'lost');
    return { count: open.reduce((s, c) => s + c.count, 0), value: open.reduce((s, c) => s + c.valueCents, 0) };
  };

  return (
    <section aria-labelledby="leads-heading" data-testid="leads">
      <PageHeader
        id="leads-heading"
        title="Leads"
        description={
          <Show when={board.data()} fallback="People who might hire you, from first call to won.">
            {totals().count} open lead{totals().count === 1 ? '' : 's'} worth {formatCentsWhole(totals().value)}. Drag a card to change its stage.
          </Show>
        }
      >
        <button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="lead-new">
          New lead
        </button>
      </PageHeader>

      <Show when={moveError()}>
        <div class="mt-4">
          <ErrorBanner message={moveError()} testId="lead-move-error" />
        </div>
      </Show>
      <Show when={converted()}>
        {(result) => (
          <div role="status" class="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800" data-testid="lead-converted">
            <span>
              {result().customer.name} is now a customer{result().job ? `, with the job “${result().job?.title}”` : ''}.
            </span>
            <span class="flex gap-2">
              <a class="btn-secondary py-1.5" href={customerHref(result().customer.id)}>Open customer</a>
              <Show when={result().job}>
                <a class="btn-secondary py-1.5" href={jobHref(result().job?.id ?? '')}>Open job</a>
              </Show>
            </span>
          </div>
        )}
      </Show>
      <LoadStatus loader={board} errorTestId="leads-error" errorClass="mt-4">
        <div class="mt-6 flex gap-3 overflow-hidden" aria-busy="true" data-testid="leads-loading">
          <span class="sr-only">Loading the pipeline…</span>
          <For each={[1, 2, 3, 4]}>{() => <div class="h-64 w-72 shrink-0 animate-pulse rounded-xl bg-slate-100 xl:flex-1" />}</For>
        </div>
      </LoadStatus>
      <Show when={board.data()}>
        {(data) => (
          <>
            <Show when={data().columns.every((column) => column.count === 0)}>
              <div class="card mt-6 px-6 py-8 text-center" data-testid="leads-empty">
                <h2 class="text-base font-semibold text-slate-900">No leads yet</h2>
                <p class="mx-auto mt-2 max-w-md text-sm text-slate-600">Add the calls, web forms and referrals you get. Move them along as you talk, and convert the ones you win into customers.</p>
              </div>
            </Show>
            <div class="-mx-4 mt-6 flex snap-x scroll-px-4 gap-3 overflow-x-auto px-4 pb-4 sm:mx-0 sm:scroll-px-0 sm:px-0 xl:grid xl:grid-cols-6 xl:overflow-visible" data-testid="lead-board">
              <For each={data().columns}>
                {(column) => (
                  <LeadColumn column={column} busyIds={busy()} dragging={dragging()} onDropLead={onDropLead} onOpen={(lead) => setPanel({ kind: 'edit', lead })} onMove={(lead, stage) => void move(lead, stage)} onDragging={setDragging} />
                )}
              </For>
            </div>
          </>
        )}
      </Show>

      <ActionDialog
        open={Boolean(losing())}
        title={`Mark ${losing()?.name ?? ''} as lost?`}
        description="Say why, so you can see where leads slip away."
        confirmLabel="Mark lost"
        busyLabel="Saving…"
        danger
        onConfirm={async () => {
          const lead = losing();
          const reason = lostReason().trim();
          if (!reason) throw new Error('Give a reason, like “price” or “went with another contractor”.');
          setLosing(undefined);
          if (lead) await move(lead, 'lost', reason);
        }}
        onClose={() => setLosing(undefined)}
        testId="lead-lost-dialog"
      >
        <TextAreaField id="lead-lost-reason" label="Reason" rows={2} maxLength={500} value={lostReason()} onValue={setLostReason} />
      </ActionDialog>
      <LeadPanel
        mode={panel()}
        workspace={props.workspace}
        onClose={() => setPanel(undefined)}
        onSaved={(lead, created) => {
          setPanel(undefined);
          setBoard((current) => (created ? addToBoard(current, lead) : replaceOnBoard(current, lead)));
          notice.show(created ? `Lead “${lead.name}” added.` : `Changes to “${lead.name}” saved.`);
        }}
        onDeleted={(lead) => {
          setPanel(undefined);
          setBoard((current) => removeFromBoard(current, lead));
          notice.show(`Lead “${lead.name}” deleted.`);
        }}
        onConvert={(lead) => {
          setPanel(undefined);
          setConverting(lead);
        }}
      />
      <ConvertLeadDialog
        lead={converting()}
        onClose={() => setConverting(undefined)}
        onConverted={(result) => {
          setConverting(undefined);
          setBoard((current) => replaceOnBoard(current, result.lead));
          setConverted(result);
        }}
      />
      <Notice message={notice.message()} />
    </section>
  );
}
