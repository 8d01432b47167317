import { humanize } from '../../../lib/format';

const TONES: Record<string, string> = {
  draft: 'bg-slate-100 text-slate-700 ring-slate-200',
  sent: 'bg-sky-50 text-sky-700 ring-sky-200',
  accepted: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  paid: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  won: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  partial: 'bg-amber-50 text-amber-800 ring-amber-200',
  declined: 'bg-red-50 text-red-700 ring-red-200',
  overdue: 'bg-red-50 text-red-700 ring-red-200',
  lost: 'bg-red-50 text-red-700 ring-red-200',
  expired: 'bg-slate-100 text-slate-500 ring-slate-200',
  void: 'bg-slate-100 text-slate-500 ring-slate-200 line-through',
};

/** A coloured pill for a bid, invoice or lead status. */
export default function StatusBadge(props: { status: string; label?: string; testId?: string }) {
  return (
    <span
      class={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[props.status] ?? TONES.draft}`}
      data-testid={props.testId}
      data-status={props.status}
    >
      {props.label ?? humanize(props.status)}
    </span>
  );
}
