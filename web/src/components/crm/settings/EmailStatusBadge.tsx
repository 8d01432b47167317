import type { EmailStatus } from '../../../lib/types/settings';

const STATUS_STYLE: Record<EmailStatus, string> = {
  queued: 'bg-amber-50 text-amber-800',
  sent: 'bg-emerald-50 text-emerald-700',
  failed: 'bg-red-50 text-red-700',
};
export const STATUS_LABEL: Record<EmailStatus, string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed' };

export default function EmailStatusBadge(props: { status: EmailStatus }) {
  return <span class={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[props.status]}`}>{STATUS_LABEL[props.status] ?? props.status}</span>;
}

