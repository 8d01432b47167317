import StatusBadge from '../StatusBadge';
import { JOB_STATUS_LABELS, type JobStatus } from '../../../lib/types/jobs';

/** Also the colours of the calendar's job cards. */
export const JOB_STATUS_TONES: Record<JobStatus, string> = {
  scheduled: 'bg-sky-50 text-sky-700 ring-sky-200',
  in_progress: 'bg-amber-50 text-amber-800 ring-amber-200',
  completed: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  cancelled: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export default function JobStatusBadge(props: { status: JobStatus }) {
  return <StatusBadge status={props.status} label={JOB_STATUS_LABELS[props.status]} tones={JOB_STATUS_TONES} testId="job-status" />;
}
