import { Show } from 'solid-js';
import InvoiceActions from './InvoiceActions';
import PaymentsList from './PaymentsList';
import CustomerLink from '../CustomerLink';
import DocumentFrame from '../documents/DocumentFrame';
import DocumentHeading from '../documents/DocumentHeading';
import DocumentLinesCard from '../documents/DocumentLinesCard';
import { createDocumentPage } from '../documents/documentPage';
import FactList from '../documents/FactList';
import { documentPaths } from '../documents/paths';
import { formatCents, formatDate, formatDateTime } from '../../../lib/format';
import { jobHref } from '../../../lib/navigation';
import { INVOICE_STATUS_LABELS, type Invoice } from '../../../lib/types/invoices';

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Invoice saved as a draft.',
  updated: 'Changes saved.',
  'from-bid': 'Draft invoice created from the bid. Check it, then send it.',
};

/** One invoice: lines and totals as stored, the balance, payments and what can be done next. */
export default function InvoiceView(props: { id: string }) {
  const page = createDocumentPage<Invoice>({ noun: 'invoice', id: props.id, savedMessages: SAVED_MESSAGES, noticeMs: 6000 });
  return (
    <DocumentFrame page={page}>
      {(invoice) => (
        <>
          <DocumentHeading
            noun="invoice"
            document={invoice()}
            status={invoice().displayStatus}
            statusLabel={INVOICE_STATUS_LABELS[invoice().displayStatus]}
            side={
              <div class="text-right">
                <p class="text-xs font-medium tracking-wide text-slate-500 uppercase">Balance due</p>
                <p class="text-2xl font-bold text-slate-900 tabular-nums" data-testid="invoice-balance-due">
                  {formatCents(invoice().balanceCents)}
                </p>
              </div>
            }
          >
            Billed to <CustomerLink customer={invoice().customer} testId="invoice-customer" />
            <Show when={invoice().isOverdue}>
              <span class="ml-2 font-medium text-red-700">{invoice().daysOverdue} days overdue</span>
            </Show>
          </DocumentHeading>
          <InvoiceActions invoice={invoice()} onChanged={page.changed} />
          <div class="mt-6 grid gap-6 lg:grid-cols-3">
            <DocumentLinesCard noun="invoice" document={invoice()} emptyText="No lines yet. Edit the draft to add what you are billing." />
            <div class="space-y-6">
              <PaymentsList invoice={invoice()} canRemove={invoice().status !== 'void'} onChanged={page.changed} />
              <InvoiceFacts invoice={invoice()} />
            </div>
          </div>
        </>
      )}
    </DocumentFrame>
  );
}

function InvoiceFacts(props: { invoice: Invoice }) {
  const facts = () => [
    { label: 'Issued', value: formatDate(props.invoice.issueDate) },
    { label: 'Due', value: formatDate(props.invoice.dueDate) },
    { label: 'Sent', value: props.invoice.sentAt ? formatDateTime(props.invoice.sentAt) : undefined },
    { label: 'Paid in full', value: props.invoice.paidAt ? formatDateTime(props.invoice.paidAt) : undefined },
    { label: 'Voided', value: props.invoice.voidedAt ? formatDateTime(props.invoice.voidedAt) : undefined },
    { label: 'Total', value: formatCents(props.invoice.totalCents) },
  ];
  return (
    <aside class="card space-y-4 p-5" aria-label="Invoice details">
      <FactList facts={facts()} />
      <Show when={props.invoice.bid}>
        {(bid) => (
          <a class="btn-secondary w-full" href={documentPaths('bid').view(bid().id)} data-testid="invoice-bid-link">
            From bid {bid().number}
          </a>
        )}
      </Show>
      <Show when={props.invoice.jobId}>
        {(jobId) => (
          <a class="btn-secondary w-full" href={jobHref(jobId())}>
            Open the job
          </a>
        )}
      </Show>
    </aside>
  );
}
