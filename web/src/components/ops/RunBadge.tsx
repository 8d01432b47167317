import StatusBadge, { type StatusTones } from '../crm/StatusBadge';
import type { RunStatus } from '../../lib/ops';

const RUN_TONES: StatusTones = {
  queued: 'bg-slate-100 text-slate-700 ring-slate-300',
  running: 'bg-sky-50 text-sky-700 ring-sky-200',
  succeeded: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  failed: 'bg-red-50 text-red-700 ring-red-200',
  skipped: 'bg-slate-100 text-slate-600 ring-slate-200',
};

/** A run's status as a coloured pill. */
export default function RunBadge(props: { status: RunStatus; testId?: string }) {
  return <StatusBadge status={props.status} tones={RUN_TONES} testId={props.testId} />;
}
