import { createSignal, Show } from 'solid-js';
import PaymentDialog from './PaymentDialog';
import ActionDialog from '../bids/ActionDialog';
import DownloadButton from '../bids/DownloadButton';
import { TextAreaField } from '../fields';
import { api } from '../../../lib/api';
import { formatCents } from '../../../lib/format';
import type { Invoice, InvoiceSendResult } from '../../../lib/types/invoices';

type Pending = 'send' | 'mark_sent' | 'void' | 'review' | 'payment';

/** What can be done with an invoice in its current state; the server refuses anything else. */
export default function InvoiceActions(props: { invoice: Invoice; onChanged: (invoice: Invoice, message: string) => void }) {
  const [pending, setPending] = createSignal<Pending>();
  const [reason, setReason] = createSignal('');
  const path = (suffix = '') => `/invoices/${encodeURIComponent(props.invoice.id)}${suffix}`;
  const close = () => setPending(undefined);
  const status = () => props.invoice.status;
  const open = () => status() === 'sent' || status() === 'partial';
  const needsReview = () => props.invoice.createdByAi && !props.invoice.reviewedBy;

  const post = async (suffix: string, body: unknown, message: string) => {
    const invoice = await api<Invoice>(path(suffix), { method: 'POST', body });
    close();
    props.onChanged(invoice, message);
  };

  const send = async () => {
    const result = await api<InvoiceSendResult>(path('/send'), { method: 'POST', body: {} });
    close();
    props.onChanged(
      result.invoice,
      result.email.status === 'failed' ? `The email to ${result.email.to} could not be delivered: ${result.email.error ?? 'unknown reason'}.` : `Invoice emailed to ${result.email.to}.`,
    );
  };

  const customerEmail = () => props.invoice.customer.email;

  return (
    <div class="mt-4 flex flex-wrap items-start gap-2" data-testid="invoice-actions">
      <Show when={open() && props.invoice.balanceCents > 0}>
        <button type="button" class="btn-primary" onClick={() => setPending('payment')} data-testid="invoice-record-payment">Record payment</button>
      </Show>
      <Show when={status() === 'draft'}>
        <a class="btn-secondary" href={`/crm/invoices/edit/?id=${encodeURIComponent(props.invoice.id)}`} data-testid="invoice-edit">Edit</a>
        <Show when={needsReview()}>
          <button type="button" class="btn-primary" onClick={() => setPending('review')} data-testid="invoice-review">Mark reviewed</button>
        </Show>
        <button type="button" class={needsReview() ? 'btn-secondary' : 'btn-primary'} onClick={() => setPending('send')} data-testid="invoice-send">Send by email</button>
        <button type="button" class="btn-secondary" onClick={() => setPending('mark_sent')} data-testid="invoice-mark-sent">Mark as sent</button>
      </Show>
      <Show when={open()}>
        <button type="button" class="btn-secondary" onClick={() => setPending('send')} data-testid="invoice-send">Email again</button>
      </Show>
      <DownloadButton path={path('/pdf')} filename={`${props.invoice.number}.pdf`} label="Download PDF" busyLabel="Preparing PDF…" testId="invoice-pdf" />
      <Show when={status() === 'draft' || (status() === 'sent' && props.invoice.amountPaidCents === 0)}>
        <button type="button" class="btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setPending('void')} data-testid="invoice-void">Void</button>
      </Show>

      <PaymentDialog
        invoice={props.invoice}
        open={pending() === 'payment'}
        onClose={close}
        onRecorded={(result) => {
          close();
          props.onChanged(result.invoice, `Payment of ${formatCents(result.payment.amountCents)} recorded.`);
        }}
      />
      <ActionDialog
        open={pending() === 'send'}
        title={`Email ${props.invoice.number}?`}
        description={customerEmail() ? `The invoice goes to ${customerEmail()} as a PDF attachment.` : `${props.invoice.customer.name} has no email address. Add one on their customer page, then send.`}
        confirmLabel="Send"
        busyLabel="Sending…"
        onConfirm={send}
        onClose={close}
        testId="invoice-send-dialog"
      />
      <ActionDialog open={pending() === 'mark_sent'} title={`Mark ${props.invoice.number} as sent?`} description="For an invoice you handed over in person or by mail. No email goes out." confirmLabel="Mark as sent" busyLabel="Saving…" onConfirm={() => post('/mark-sent', {}, 'Invoice marked as sent.')} onClose={close} testId="invoice-mark-sent-dialog" />
      <ActionDialog open={pending() === 'review'} title={`Mark ${props.invoice.number} reviewed?`} description="Z drafted this invoice. Confirm you checked every line and amount; then it can be sent." confirmLabel="I reviewed it" busyLabel="Saving…" onConfirm={() => post('/review', {}, 'Invoice marked reviewed.')} onClose={close} testId="invoice-review-dialog" />
      <ActionDialog
        open={pending() === 'void'}
        title={`Void ${props.invoice.number}?`}
        description="A void invoice stays on record with a zero balance. This cannot be undone."
        confirmLabel="Void invoice"
        busyLabel="Voiding…"
        danger
        onConfirm={() => post('/void', { reason: reason().trim() || null }, 'Invoice voided.')}
        onClose={close}
        testId="invoice-void-dialog"
      >
        <TextAreaField id="invoice-void-reason" label="Reason" optional rows={2} maxLength={1000} value={reason()} onValue={setReason} />
      </ActionDialog>
    </div>
  );
}
