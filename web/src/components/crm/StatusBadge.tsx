import { humanize } from '../../lib/format';

/** Pill colours (background, text, ring) by status. */
export type StatusTones = Readonly<Record<string, string>>;

const GREY = 'bg-slate-100 text-slate-700 ring-slate-200';

/** Bids, invoices and leads. */
export const DOCUMENT_TONES: StatusTones = {
  draft: GREY,
  sent: 'bg-sky-50 text-sky-700 ring-sky-200',
  accepted: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  paid: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  won: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  partial: 'bg-amber-50 text-amber-800 ring-amber-200',
  declined: 'bg-red-50 text-red-700 ring-red-200',
  overdue: 'bg-red-50 text-red-700 ring-red-200',
  lost: 'bg-red-50 text-red-700 ring-red-200',
  expired: 'bg-slate-100 text-slate-600 ring-slate-200',
  void: 'bg-slate-100 text-slate-600 ring-slate-200 line-through',
};

/** A coloured pill for a status; `label` defaults to the status in words. */
export default function StatusBadge(props: { status: string; label?: string; tones?: StatusTones; testId?: string }) {
  return (
    <span
      class={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${(props.tones ?? DOCUMENT_TONES)[props.status] ?? GREY}`}
      data-testid={props.testId}
      data-status={props.status}
    >
      {props.label ?? humanize(props.status)}
    </span>
  );
}
