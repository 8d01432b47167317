import { createSignal, Show } from 'solid-js';
import PaymentDialog from './PaymentDialog';
import ActionDialog from '../ActionDialog';
import { createDocumentActions } from '../documents/documentActions';
import DraftActions from '../documents/DraftActions';
import SendDialog from '../documents/SendDialog';
import DownloadButton from '../DownloadButton';
import { TextAreaField } from '../fields';
import { formatCents } from '../../../lib/format';
import type { Invoice } from '../../../lib/types/invoices';

type Pending = 'send' | 'mark_sent' | 'void' | 'review' | 'payment';

/** What can be done with an invoice in its current state; the server refuses anything else. */
export default function InvoiceActions(props: { invoice: Invoice; onChanged: (invoice: Invoice, message: string) => void }) {
  const actions = createDocumentActions<Invoice, Pending>({ noun: 'invoice', document: () => props.invoice, onChanged: (invoice, message) => props.onChanged(invoice, message) });
  const { pending, setPending, close, path, post } = actions;
  const [reason, setReason] = createSignal('');
  const status = () => props.invoice.status;
  const open = () => status() === 'sent' || status() === 'partial';

  return (
    <div class="mt-4 flex flex-wrap items-start gap-2" data-testid="invoice-actions">
      <Show when={open() && props.invoice.balanceCents > 0}>
        <button type="button" class="btn-primary" onClick={() => setPending('payment')} data-testid="invoice-record-payment">Record payment</button>
      </Show>
      <Show when={status() === 'draft'}>
        <DraftActions noun="invoice" document={props.invoice} needsReview={actions.needsReview()} onPick={setPending} />
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
      <SendDialog noun="invoice" document={props.invoice} open={pending() === 'send'} onConfirm={actions.send} onClose={close} />
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
