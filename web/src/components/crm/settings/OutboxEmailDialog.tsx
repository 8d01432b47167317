import { createSignal, For, Show } from 'solid-js';
import EmailStatusBadge from './EmailStatusBadge';
import Dialog from '../Dialog';
import { FormError } from '../fields';
import LoadStatus from '../LoadStatus';
import { api } from '../../../lib/api';
import { createDownload } from '../../../lib/downloads';
import { formatDateTime } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { OutboxAttachment, OutboxEmail, OutboxEmailDetail } from '../../../lib/types/settings';

/** One sent email: who it went to, when, its text as the customer read it, and its attachments. */
export default function OutboxEmailDialog(props: { email: OutboxEmail | undefined; onClose: () => void }) {
  return (
    <Dialog open={Boolean(props.email)} onClose={props.onClose} title={props.email?.subject ?? ''} testId="outbox-email-dialog">
      <Show when={props.email}>{(email) => <EmailBody email={email()} />}</Show>
    </Dialog>
  );
}

function EmailBody(props: { email: OutboxEmail }) {
  const detail = createLoader(
    () => props.email.id,
    (id, signal) => api<OutboxEmailDetail>(`/outbox/${encodeURIComponent(id)}`, { signal }),
  );
  const file = createDownload();
  const [failed, setFailed] = createSignal('');
  const downloading = () => file.busy();
  const downloadError = () => (file.error() ? `Could not download ${failed()}: ${file.error()}` : '');
  const save = (attachment: OutboxAttachment) => {
    if (file.busy()) return;
    setFailed(attachment.name);
    return file.start(`/files/${encodeURIComponent(attachment.fileId)}`, attachment.name, undefined, attachment.fileId);
  };

  return (
    <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5" tabIndex={0} role="region" aria-label="Email as sent" data-testid="outbox-email">
      <dl class="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt class="text-slate-500">To</dt>
        <dd class="break-all text-slate-900" data-testid="outbox-email-to">{props.email.to}</dd>
        <dt class="text-slate-500">Status</dt>
        <dd>
          <EmailStatusBadge status={props.email.status} />
        </dd>
        <dt class="text-slate-500">{props.email.sentAt ? 'Sent' : 'Created'}</dt>
        <dd class="text-slate-900">{formatDateTime(props.email.sentAt ?? props.email.createdAt)}</dd>
      </dl>
      <Show when={props.email.error}>
        <FormError message={`Delivery failed: ${props.email.error}`} testId="outbox-email-failure" />
      </Show>

      <div>
        <h3 class="text-sm font-semibold text-slate-900">Message</h3>
        <LoadStatus loader={detail} errorClass="mt-2">
          <p class="mt-2 text-sm text-slate-500" aria-busy="true">
            Loading the message…
          </p>
        </LoadStatus>
        <Show when={detail.data()}>
          {(full) => (
            <pre class="mt-2 rounded-lg border border-slate-200 bg-slate-50 p-4 font-sans text-sm whitespace-pre-wrap text-slate-800" data-testid="outbox-email-body">
              {full().bodyText}
            </pre>
          )}
        </Show>
      </div>

      <Show when={props.email.attachments.length > 0}>
        <div>
          <h3 class="text-sm font-semibold text-slate-900">Attachments</h3>
          <ul class="mt-2 space-y-2">
            <For each={props.email.attachments}>
              {(attachment) => (
                <li class="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm">
                  <span class="min-w-0 truncate text-slate-800">{attachment.name}</span>
                  <button type="button" class="btn-secondary py-1" disabled={downloading() === attachment.fileId} onClick={() => void save(attachment)} data-testid="outbox-attachment-download">
                    {downloading() === attachment.fileId ? 'Downloading…' : 'Download'}
                  </button>
                </li>
              )}
            </For>
          </ul>
          <div class="mt-2">
            <FormError message={downloadError()} testId="outbox-attachment-error" />
          </div>
        </div>
      </Show>
    </div>
  );
}
