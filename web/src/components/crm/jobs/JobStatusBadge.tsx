import { JOB_STATUS_LABELS, type JobStatus } from '../../../lib/types/jobs';

export const STATUS_STYLES: Record<JobStatus, string> = {
  scheduled: 'bg-sky-50 text-sky-700 ring-sky-200',
  in_progress: 'bg-amber-50 text-amber-800 ring-amber-200',
  completed: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  cancelled: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export default function JobStatusBadge(props: { status: JobStatus }) {
  return (
    <span class={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STATUS_STYLES[props.status]}`} data-testid="job-status" data-status={props.status}>
      {JOB_STATUS_LABELS[props.status]}
    </span>
  );
}
