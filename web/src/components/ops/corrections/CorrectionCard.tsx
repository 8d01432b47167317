import { createSignal, Show } from 'solid-js';
import StatusBadge, { type StatusTones } from '../../crm/StatusBadge';
import { SEVERITY_LABELS, type Correction } from '../../../lib/ops';
import { formatDateTime, humanize } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

export const STATUS_TONES: StatusTones = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  validated: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  rejected: 'bg-slate-100 text-slate-600 ring-slate-200',
};

const SEVERITY_TONES: StatusTones = {
  minor: 'bg-slate-100 text-slate-700 ring-slate-200',
  major: 'bg-orange-50 text-orange-800 ring-orange-200',
  safety_critical: 'bg-red-600 text-white ring-red-600',
};

/** One correction: what Z said beside what the person says is right, and the review buttons while it waits. */
export default function CorrectionCard(props: { correction: Correction; onReview: (decision: 'validate' | 'reject') => void }) {
  const c = () => props.correction;
  return (
    <li class="card p-4 sm:p-5" data-testid="correction" data-id={c().id} data-status={c().status}>
      <div class="flex flex-wrap items-center gap-2">
        <StatusBadge status={c().severity} label={SEVERITY_LABELS[c().severity] ?? humanize(c().severity)} tones={SEVERITY_TONES} testId="correction-severity" />
        <span class="text-sm font-medium text-slate-800">
          {c().trade ? tradeLabel(c().trade!) : 'Any trade'}
          <span class="text-slate-500"> · </span>
          {c().topic ? humanize(c().topic!) : 'General'}
        </span>
        <StatusBadge status={c().status} tones={STATUS_TONES} testId="correction-status" />
        <Show when={c().forCorpus}>
          <span class="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-700 ring-1 ring-sky-200 ring-inset" data-testid="correction-for-corpus">
            For the corpus
          </span>
        </Show>
        <time class="ml-auto text-xs text-slate-500" datetime={c().createdAt}>
          {formatDateTime(c().createdAt)}
        </time>
      </div>

      <div class="mt-3 grid gap-3 md:grid-cols-2">
        <Quote label="Z said" text={c().originalResponse} tone="border-slate-200 bg-slate-50" testId="correction-original" />
        <Quote label="The correction" text={c().correctionText} tone="border-emerald-200 bg-emerald-50/60" testId="correction-text" />
      </div>
      <Show when={c().codeReference}>
        <p class="mt-2 text-xs text-slate-600">
          Code reference: <span class="font-medium text-slate-800">{c().codeReference}</span>
        </p>
      </Show>

      <Show
        when={c().status === 'pending'}
        fallback={
          <Show when={c().reviewNote}>
            <p class="mt-3 rounded-lg border border-slate-200 px-3 py-2 text-sm text-slate-700" data-testid="correction-review-note">
              <span class="font-medium text-slate-900">Review note: </span>
              {c().reviewNote}
            </p>
          </Show>
        }
      >
        <div class="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" class="btn-secondary" onClick={() => props.onReview('reject')} data-testid="correction-reject">
            Reject
          </button>
          <button type="button" class="btn-primary" onClick={() => props.onReview('validate')} data-testid="correction-validate">
            Validate
          </button>
        </div>
      </Show>
    </li>
  );
}

/** A block of quoted text, clamped until the reader asks for all of it. Plain text, never HTML. */
function Quote(props: { label: string; text: string; tone: string; testId: string }) {
  const [open, setOpen] = createSignal(false);
  const long = () => props.text.length > 420;
  return (
    <div class={`min-w-0 rounded-lg border px-3 py-2 ${props.tone}`}>
      <p class="text-xs font-semibold tracking-wide text-slate-500 uppercase">{props.label}</p>
      <p class={`mt-1 text-sm whitespace-pre-line break-words text-slate-800 ${long() && !open() ? 'line-clamp-6' : ''}`} data-testid={props.testId}>
        {props.text}
      </p>
      <Show when={long()}>
        <button type="button" class="mt-1 text-xs font-medium text-brand-700 hover:text-brand-800" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {open() ? 'Show less' : 'Show all'}
        </button>
      </Show>
    </div>
  );
}
