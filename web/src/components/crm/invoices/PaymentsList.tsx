import { createSignal, For, Show } from 'solid-js';
import ConfirmDelete from '../ConfirmDelete';
import { api } from '../../../lib/api';
import { formatCents, formatDate } from '../../../lib/format';
import { PAYMENT_METHOD_LABELS, type Invoice, type Payment } from '../../../lib/types/invoices';

/** Payments received on an invoice, with a way to reverse one recorded by mistake. */
export default function PaymentsList(props: { invoice: Invoice; canRemove: boolean; onChanged: (invoice: Invoice, message: string) => void }) {
  const [removing, setRemoving] = createSignal<Payment>();
  const remove = async () => {
    const payment = removing();
    if (!payment) return;
    const invoice = await api<Invoice>(`/invoices/${encodeURIComponent(props.invoice.id)}/payments/${encodeURIComponent(payment.id)}`, { method: 'DELETE' });
    setRemoving(undefined);
    props.onChanged(invoice, `Payment of ${formatCents(payment.amountCents)} removed.`);
  };
  return (
    <section class="card p-5" aria-labelledby="payments-heading" data-testid="payments">
      <h2 id="payments-heading" class="text-base font-semibold text-slate-900">Payments</h2>
      <Show when={props.invoice.payments.length > 0} fallback={<p class="mt-2 text-sm text-slate-600" data-testid="payments-empty">No payments yet.</p>}>
        <ul class="mt-3 divide-y divide-slate-100 text-sm">
          <For each={props.invoice.payments}>
            {(payment) => (
              <li class="flex items-center justify-between gap-3 py-2.5" data-testid="payment-row">
                <div class="min-w-0">
                  <p class="font-medium text-slate-900 tabular-nums">{formatCents(payment.amountCents)}</p>
                  <p class="truncate text-xs text-slate-500">
                    {formatDate(payment.paidOn)} · {PAYMENT_METHOD_LABELS[payment.method]}
                    {payment.reference ? ` · ${payment.reference}` : ''}
                  </p>
                </div>
                <Show when={props.canRemove}>
                  <button type="button" class="btn-ghost py-1 text-xs text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setRemoving(payment)} data-testid="payment-remove">
                    Remove<span class="sr-only"> payment of {formatCents(payment.amountCents)}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <dl class="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
        <div class="flex justify-between">
          <dt class="text-slate-600">Paid</dt>
          <dd class="tabular-nums" data-testid="invoice-paid">{formatCents(props.invoice.amountPaidCents)}</dd>
        </div>
        <div class="flex justify-between text-base font-semibold">
          <dt>Balance due</dt>
          <dd class="tabular-nums" data-testid="invoice-balance">{formatCents(props.invoice.balanceCents)}</dd>
        </div>
      </dl>
      <ConfirmDelete
        subject={removing() ? formatCents(removing()?.amountCents) : undefined}
        title="Remove this payment?"
        description="For a payment recorded by mistake or refunded. The balance goes back up."
        confirmLabel="Remove payment"
        busyLabel="Removing…"
        onConfirm={remove}
        onClose={() => setRemoving(undefined)}
        testId="payment-remove-dialog"
      />
    </section>
  );
}
