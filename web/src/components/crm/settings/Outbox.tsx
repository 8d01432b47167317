import { createSignal, For, Show } from 'solid-js';
import EmailStatusBadge, { STATUS_LABEL } from './EmailStatusBadge';
import OutboxEmailDialog from './OutboxEmailDialog';
import { EmptyState, LoadingRows, Pager } from '../jobs/ListStates';
import { createLoader } from '../jobs/loader';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { Paged } from '../../../lib/types';
import type { EmailStatus, OutboxEmail } from '../../../lib/types/settings';

const PAGE_SIZE = 25;

/** Every email the company sent from ZAFTO (bids, invoices), newest first, with its text and attachments. */
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
      <div class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="outbox-heading" class="text-lg font-semibold text-slate-900">
            Email outbox
          </h2>
          <p class="mt-1 text-sm text-slate-600">Bids and invoices your team sent by email, with exactly what the customer received.</p>
        </div>
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
      </div>

      <div class="mt-4 space-y-4">
        <Show when={list.error()}>
          <ErrorBanner message={list.error()} onRetry={() => void list.reload()} testId="outbox-error" />
        </Show>
        <Show when={!list.data() && list.loading()}>
          <LoadingRows label="Loading sent emails…" testId="outbox-loading" />
        </Show>
        <Show when={list.data()?.total === 0}>
          <EmptyState title={status() ? `No ${STATUS_LABEL[status() as EmailStatus].toLowerCase()} emails` : 'No emails sent yet'} testId="outbox-empty">
            When someone sends a bid or an invoice to a customer, the email appears here with its attachments.
          </EmptyState>
        </Show>
        <Show when={rows().length > 0}>
          <div class={`card overflow-x-auto ${list.loading() ? 'opacity-60' : ''}`}>
            <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="outbox-table">
              <caption class="sr-only">Sent emails</caption>
              <thead class="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" class="px-4 py-3">Subject</th>
                  <th scope="col" class="hidden px-4 py-3 md:table-cell">To</th>
                  <th scope="col" class="px-4 py-3">Status</th>
                  <th scope="col" class="hidden px-4 py-3 sm:table-cell">Date</th>
                  <th scope="col" class="px-4 py-3 text-right">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody class="divide-y divide-slate-100 bg-white">
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
              </tbody>
            </table>
          </div>
          <Pager page={page()} pageSize={PAGE_SIZE} total={list.data()?.total ?? 0} shown={rows().length} busy={list.loading()} onPage={setPage} testId="outbox-pagination" />
        </Show>
      </div>

      <OutboxEmailDialog email={open()} onClose={() => setOpen(undefined)} />
    </section>
  );
}
