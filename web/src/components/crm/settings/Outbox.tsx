import { createSignal, For, Show } from 'solid-js';
import EmailStatusBadge, { STATUS_LABEL } from './EmailStatusBadge';
import OutboxEmailDialog from './OutboxEmailDialog';
import { EmptyState, ListBody, Pager } from '../ListStates';
import ListTable from '../ListTable';
import PageHeader from '../PageHeader';
import { api } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { Paged } from '../../../lib/types';
import type { EmailStatus, OutboxEmail } from '../../../lib/types/settings';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Subject' },
  { label: 'To', class: 'hidden md:table-cell' },
  { label: 'Status' },
  { label: 'Date', class: 'hidden sm:table-cell' },
  { label: 'Actions', class: 'text-right', srOnly: true },
];

/** Every email the company sent from ZAFTO (bids, invoices, client portal invitations), newest first, with its text and attachments. */
export default function Outbox() {
  const [page, setPage] = createSignal(1);
  const [status, setStatus] = createSignal<'' | EmailStatus>('');
  const [open, setOpen] = createSignal<OutboxEmail>();
  const list = createLoader(
    () => ({ page: page(), pageSize: PAGE_SIZE, status: status() || undefined }),
    (query, signal) => api<Paged<OutboxEmail>>('/outbox', { query, signal }),
  );
  const rows = () => list.data()?.data ?? [];

  return (
    <section aria-labelledby="outbox-heading" data-testid="outbox">
      <PageHeader level={2} id="outbox-heading" title="Email outbox" description="Bids, invoices and client portal invitations your team sent by email, with exactly what the customer received.">
        <div>
          <label for="outbox-status" class="field-label">
            Status
          </label>
          <select
            id="outbox-status"
            class="field-input h-10 w-40"
            value={status()}
            onChange={(event) => {
              setStatus(event.currentTarget.value as '' | EmailStatus);
              setPage(1);
            }}
            data-testid="outbox-status"
          >
            <option value="">All</option>
            <option value="sent">Sent</option>
            <option value="queued">Queued</option>
            <option value="failed">Failed</option>
          </select>
        </div>
      </PageHeader>

      <div class="mt-4 space-y-4">
        <ListBody
          list={list}
          testPrefix="outbox"
          loadingLabel="Loading sent emails…"
          empty={
            <EmptyState title={status() ? `No ${STATUS_LABEL[status() as EmailStatus].toLowerCase()} emails` : 'No emails sent yet'} testId="outbox-empty">
              When someone sends a bid, an invoice or a client portal invitation to a customer, the email appears here with its attachments.
            </EmptyState>
          }
        >
          <ListTable caption="Sent emails" testId="outbox-table" columns={COLUMNS} busy={list.loading()}>
            <For each={rows()}>
              {(email) => (
                <tr class="align-top hover:bg-slate-50" data-testid="outbox-row">
                  <td class="px-4 py-3">
                    <div class="font-medium break-words text-slate-900">{email.subject}</div>
                    <div class="mt-0.5 text-xs break-all text-slate-500 md:hidden">{email.to}</div>
                    <Show when={email.attachments.length > 0}>
                      <div class="mt-0.5 text-xs text-slate-500">
                        {email.attachments.length} attachment{email.attachments.length === 1 ? '' : 's'}
                      </div>
                    </Show>
                  </td>
                  <td class="hidden px-4 py-3 break-all text-slate-600 md:table-cell">{email.to}</td>
                  <td class="px-4 py-3">
                    <EmailStatusBadge status={email.status} />
                  </td>
                  <td class="hidden px-4 py-3 whitespace-nowrap text-slate-500 sm:table-cell">{formatDateTime(email.sentAt ?? email.createdAt)}</td>
                  <td class="px-4 py-2 text-right">
                    <button type="button" class="btn-ghost py-1.5" onClick={() => setOpen(email)} data-testid="outbox-view">
                      View<span class="sr-only"> {email.subject}</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </ListTable>
          <Pager page={page()} pageSize={PAGE_SIZE} total={list.data()?.total ?? 0} shown={rows().length} busy={list.loading()} onPage={setPage} testPrefix="outbox" />
        </ListBody>
      </div>

      <OutboxEmailDialog email={open()} onClose={() => setOpen(undefined)} />
    </section>
  );
}
