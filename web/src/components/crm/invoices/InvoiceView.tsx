import { For, onMount, Show } from 'solid-js';
import InvoiceActions from './InvoiceActions';
import PaymentsList from './PaymentsList';
import AiBadge from '../bids/AiBadge';
import LinesTable from '../bids/LinesTable';
import StatusBadge from '../bids/StatusBadge';
import { TotalsTable } from '../bids/TotalsEditor';
import { createLoader } from '../bids/createLoader';
import { ListSkeleton } from '../bids/ListStates';
import { createNotice, ErrorBanner, Notice } from '../Notice';
import { api } from '../../../lib/api';
import { formatCents, formatDate, formatDateTime } from '../../../lib/format';
import { INVOICE_STATUS_LABELS, type Invoice } from '../../../lib/types/invoices';

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Invoice saved as a draft.',
  updated: 'Changes saved.',
  'from-bid': 'Draft invoice created from the bid. Check it, then send it.',
};

/** One invoice: lines and totals as stored, the balance, payments and what can be done next. */
export default function InvoiceView(props: { id: string }) {
  const invoice = createLoader((signal) => api<Invoice>(`/invoices/${encodeURIComponent(props.id)}`, { signal }));
  const notice = createNotice(6000);
  onMount(() => {
    void invoice.load();
    const saved = new URLSearchParams(window.location.search).get('saved');
    if (saved && SAVED_MESSAGES[saved]) {
      notice.show(SAVED_MESSAGES[saved]);
      const url = new URL(window.location.href);
      url.searchParams.delete('saved');
      window.history.replaceState(null, '', url);
    }
  });
  const onChanged = (next: Invoice, message: string) => {
    invoice.setData(() => next);
    notice.show(message);
  };

  return (
    <section aria-labelledby="invoice-heading" data-testid="invoice-view">
      <a href="/crm/invoices/" class="text-sm font-medium text-slate-600 hover:text-slate-900">← All invoices</a>
      <Show when={invoice.error()}>
        <div class="mt-4">
          <ErrorBanner message={invoice.error()} onRetry={() => void invoice.load()} testId="invoice-error" />
        </div>
      </Show>
      <Show when={!invoice.data() && invoice.loading()}>
        <div class="mt-4">
          <ListSkeleton label="Loading the invoice…" testId="invoice-loading" rows={3} />
        </div>
      </Show>
      <Show when={invoice.data()}>
        {(current) => (
          <>
            <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
              <div class="min-w-0">
                <div class="flex flex-wrap items-center gap-2">
                  <h1 id="invoice-heading" class="text-2xl font-bold tracking-tight text-slate-900" data-testid="invoice-number">{current().number}</h1>
                  <StatusBadge status={current().displayStatus} label={INVOICE_STATUS_LABELS[current().displayStatus]} testId="invoice-status" />
                  <Show when={current().createdByAi}>
                    <AiBadge reviewed={Boolean(current().reviewedBy)} />
                  </Show>
                </div>
                <p class="mt-1 text-sm text-slate-600">
                  Billed to{' '}
                  <a class="font-medium text-brand-700 hover:underline" href={`/crm/customers/view/?id=${encodeURIComponent(current().customerId)}`} data-testid="invoice-customer">
                    {current().customer.name}
                  </a>
                  <Show when={current().isOverdue}>
                    <span class="ml-2 font-medium text-red-700">{current().daysOverdue} days overdue</span>
                  </Show>
                </p>
              </div>
              <div class="text-right">
                <p class="text-xs font-medium tracking-wide text-slate-500 uppercase">Balance due</p>
                <p class="text-2xl font-bold text-slate-900 tabular-nums" data-testid="invoice-balance-due">{formatCents(current().balanceCents)}</p>
              </div>
            </div>

            <InvoiceActions invoice={current()} onChanged={onChanged} />

            <div class="mt-6 grid gap-6 lg:grid-cols-3">
              <div class="card p-5 lg:col-span-2">
                <h2 class="mb-2 text-base font-semibold text-slate-900">Line items</h2>
                <Show when={current().lines.length > 0} fallback={<p class="text-sm text-slate-600">No lines yet. Edit the draft to add what you are billing.</p>}>
                  <LinesTable lines={current().lines} />
                </Show>
                <div class="mt-4 flex justify-end border-t border-slate-200 pt-4">
                  <TotalsTable totals={current()} testPrefix="invoice" />
                </div>
                <Show when={current().notes}>
                  <h3 class="mt-6 text-sm font-semibold text-slate-900">Notes</h3>
                  <p class="mt-1 text-sm whitespace-pre-line text-slate-700">{current().notes}</p>
                </Show>
              </div>
              <div class="space-y-6">
                <PaymentsList invoice={current()} canRemove={current().status !== 'void'} onChanged={onChanged} />
                <InvoiceFacts invoice={current()} />
              </div>
            </div>
          </>
        )}
      </Show>
      <Notice message={notice.message()} />
    </section>
  );
}

function InvoiceFacts(props: { invoice: Invoice }) {
  const facts = () =>
    [
      { label: 'Issued', value: formatDate(props.invoice.issueDate) },
      { label: 'Due', value: formatDate(props.invoice.dueDate) },
      { label: 'Sent', value: props.invoice.sentAt ? formatDateTime(props.invoice.sentAt) : undefined },
      { label: 'Paid in full', value: props.invoice.paidAt ? formatDateTime(props.invoice.paidAt) : undefined },
      { label: 'Voided', value: props.invoice.voidedAt ? formatDateTime(props.invoice.voidedAt) : undefined },
      { label: 'Total', value: formatCents(props.invoice.totalCents) },
    ].filter((fact) => fact.value);
  return (
    <aside class="card space-y-4 p-5" aria-label="Invoice details">
      <dl class="space-y-2 text-sm">
        <For each={facts()}>
          {(fact) => (
            <div class="flex justify-between gap-4">
              <dt class="text-slate-500">{fact.label}</dt>
              <dd class="text-right text-slate-900">{fact.value}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.invoice.bid}>
        {(bid) => (
          <a class="btn-secondary w-full" href={`/crm/bids/view/?id=${encodeURIComponent(bid().id)}`} data-testid="invoice-bid-link">
            From bid {bid().number}
          </a>
        )}
      </Show>
      <Show when={props.invoice.jobId}>
        <a class="btn-secondary w-full" href={`/crm/jobs/view/?id=${encodeURIComponent(props.invoice.jobId ?? '')}`}>Open the job</a>
      </Show>
    </aside>
  );
}
