import { For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import { InvoiceBadge, PortalHeading } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatCents, formatDate } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath } from '../../lib/portal';
import type { InvoiceSummary } from '../../lib/portalTypes';

/** `/portal/invoices/`: what the homeowner was billed, what they paid and what is still due. */
export default function InvoicesPage() {
  return <PortalShell section="invoices">{(context) => <Invoices context={context} />}</PortalShell>;
}

function Invoices(props: { context: PortalContext }) {
  const invoices = createLoadOnce((signal) => api<InvoiceSummary[]>(customerPath(props.context.customerId, '/invoices'), { signal }));
  const due = () => (invoices.data() ?? []).filter((invoice) => invoice.status !== 'void').reduce((sum, invoice) => sum + invoice.balanceCents, 0);
  return (
    <div data-testid="portal-invoices">
      <PortalHeading id="invoices-heading" title="Invoices" description="Your bills, the payments recorded against them, and what is still due.">
        <Show when={invoices.data()}>
          <p class="text-sm text-slate-600" data-testid="invoices-balance">
            Balance due <span class="ml-1 text-lg font-bold text-slate-900 tabular-nums">{formatCents(due())}</span>
          </p>
        </Show>
      </PortalHeading>
      <LoadStatus loader={invoices} errorTestId="invoices-error">
        <LoadingRows label="Loading your invoices…" testId="invoices-loading" rows={3} />
      </LoadStatus>
      <Show when={invoices.data()?.length === 0}>
        <EmptyState title="No invoices yet" testId="invoices-empty">
          Invoices from {props.context.relationship.company.name} appear here once they send them.
        </EmptyState>
      </Show>
      <Show when={(invoices.data()?.length ?? 0) > 0}>
        <ul class="card divide-y divide-slate-100">
          <For each={invoices.data()}>
            {(invoice) => (
              <li>
                <a
                  href={props.context.href('/portal/invoices/view/', { id: invoice.id })}
                  class="flex flex-wrap items-center justify-between gap-3 px-5 py-4 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
                  data-testid="invoice-row"
                  data-status={invoice.status}
                >
                  <div class="min-w-0">
                    <p class="font-medium text-slate-900">Invoice {invoice.number}</p>
                    <p class="text-sm text-slate-600">
                      Issued {formatDate(invoice.issueDate)}
                      {invoice.dueDate ? ` · due ${formatDate(invoice.dueDate)}` : ''}
                    </p>
                  </div>
                  <div class="flex items-center gap-3">
                    <InvoiceBadge status={invoice.status} />
                    <div class="text-right">
                      <p class="font-semibold text-slate-900 tabular-nums">{formatCents(invoice.totalCents)}</p>
                      <Show when={invoice.balanceCents > 0 && invoice.status !== 'void'}>
                        <p class="text-xs text-slate-600 tabular-nums">{formatCents(invoice.balanceCents)} due</p>
                      </Show>
                    </div>
                  </div>
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
