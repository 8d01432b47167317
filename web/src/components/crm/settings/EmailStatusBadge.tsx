import StatusBadge from '../StatusBadge';
import type { EmailStatus } from '../../../lib/types/settings';

const TONES: Record<EmailStatus, string> = {
  queued: 'bg-amber-50 text-amber-800 ring-amber-200',
  sent: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  failed: 'bg-red-50 text-red-700 ring-red-200',
};
export const STATUS_LABEL: Record<EmailStatus, string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed' };

export default function EmailStatusBadge(props: { status: EmailStatus }) {
  return <StatusBadge status={props.status} label={STATUS_LABEL[props.status]} tones={TONES} />;
}
