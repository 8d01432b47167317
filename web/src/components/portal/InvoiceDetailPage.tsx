import { createEffect, For, Show } from 'solid-js';
import PortalLines from './PortalLines';
import PortalShell, { type PortalContext } from './PortalShell';
import { BackLink, InvoiceBadge, PortalHeading, Section } from './portalUi';
import { fetchRecord, RecordLoadStatus, recordIdFromAddress } from './RecordLoadStatus';
import DownloadButton from '../crm/DownloadButton';
import FactList from '../crm/documents/FactList';
import { formatCents, formatDate, humanize } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import type { PortalInvoice } from '../../lib/portalTypes';

/** `/portal/invoices/view/?id=`: one invoice, its payments and balance, and its PDF. */
export default function InvoiceDetailPage() {
  return <PortalShell section="invoices">{(context) => <InvoiceDetail context={context} />}</PortalShell>;
}

function InvoiceDetail(props: { context: PortalContext }) {
  const id = recordIdFromAddress();
  const invoice = createLoadOnce((signal) => fetchRecord<PortalInvoice>(`/portal/invoices/${encodeURIComponent(id)}`, signal));
  // Opened under another contractor (a link without `?c=`): show it under its own.
  const elsewhere = () => {
    const companyId = invoice.data()?.company.id;
    return companyId ? props.context.otherRelationshipFor(companyId) : undefined;
  };
  createEffect(() => {
    const target = elsewhere();
    if (target) props.context.showRelationship(target.customerId);
  });
  const company = () => props.context.relationship.company;

  return (
    <div data-testid="portal-invoice">
      <BackLink href={props.context.href('/portal/invoices/')}>All invoices</BackLink>
      <RecordLoadStatus loader={invoice} noun="invoice" listHref={props.context.href('/portal/invoices/')} />
      <Show when={!elsewhere() && invoice.data()}>
        {(current) => (
          <>
            <PortalHeading id="invoice-heading" title={`Invoice ${current().number}`} description={`From ${current().company.name} · issued ${formatDate(current().issueDate)}`}>
              <InvoiceBadge status={current().status} testId="invoice-status" />
            </PortalHeading>
            <div class="grid gap-6 lg:grid-cols-3">
              <div class="space-y-6 lg:col-span-2">
                <Section title="Charges" id="invoice-lines-heading">
                  <PortalLines lines={current().lines} totals={current()} testPrefix="invoice" />
                </Section>
                <Section title="Payments" id="invoice-payments-heading" testId="invoice-payments">
                  <Show when={current().payments.length > 0} fallback={<p class="text-sm text-slate-600">No payments recorded yet.</p>}>
                    <ul class="divide-y divide-slate-100 text-sm">
                      <For each={current().payments}>
                        {(payment) => (
                          <li class="flex justify-between gap-3 py-2" data-testid="invoice-payment">
                            <span class="text-slate-700">
                              {formatDate(payment.paidOn)}
                              {payment.method ? ` · ${humanize(payment.method)}` : ''}
                            </span>
                            <span class="font-medium text-slate-900 tabular-nums">{formatCents(payment.amountCents)}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </Section>
              </div>
              <div class="space-y-6">
                <section class="card p-5" aria-labelledby="invoice-balance-heading">
                  <h2 id="invoice-balance-heading" class="text-sm font-medium text-slate-600">
                    Balance due
                  </h2>
                  <p class="mt-1 text-3xl font-bold text-slate-900 tabular-nums" data-testid="invoice-balance">
                    {formatCents(current().status === 'void' ? 0 : current().balanceCents)}
                  </p>
                  <div class="mt-3 border-t border-slate-100 pt-3">
                    <FactList
                      facts={[
                        { label: 'Total', value: formatCents(current().totalCents) },
                        { label: 'Paid', value: formatCents(current().amountPaidCents) },
                        { label: 'Due date', value: current().dueDate ? formatDate(current().dueDate) : undefined },
                      ]}
                    />
                  </div>
                  <Show when={current().balanceCents > 0 && current().status !== 'void'}>
                    <p class="mt-4 text-sm text-slate-600">
                      To pay, contact {company().name}
                      {company().phone ? ` at ${company().phone}` : ''}. Payments they record show up here.
                    </p>
                  </Show>
                  <div class="mt-4">
                    <DownloadButton path={`/portal/invoices/${encodeURIComponent(current().id)}/pdf`} filename={`${current().number}.pdf`} label="Download PDF" class="btn-secondary w-full" testId="invoice-pdf" />
                  </div>
                </section>
                <Show when={current().notes}>
                  <Section title="Notes" id="invoice-notes-heading">
                    <p class="text-sm whitespace-pre-line break-words text-slate-700">{current().notes}</p>
                  </Section>
                </Show>
              </div>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}
