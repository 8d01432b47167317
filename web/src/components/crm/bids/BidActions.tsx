import { createSignal, Match, Show, Switch } from 'solid-js';
import ActionDialog from '../ActionDialog';
import ConfirmDelete from '../ConfirmDelete';
import { createDocumentActions } from '../documents/documentActions';
import DraftActions from '../documents/DraftActions';
import { documentPaths } from '../documents/paths';
import SendDialog from '../documents/SendDialog';
import DownloadButton from '../DownloadButton';
import { TextAreaField } from '../fields';
import { api } from '../../../lib/api';
import type { Bid, BidConvertResult } from '../../../lib/types/bids';

type Pending = 'send' | 'mark_sent' | 'accept' | 'decline' | 'expire' | 'convert' | 'review' | 'duplicate' | 'delete';

/** What can be done with a bid in its current state; the server refuses anything else. */
export default function BidActions(props: { bid: Bid; onChanged: (bid: Bid, message: string) => void }) {
  const actions = createDocumentActions<Bid, Pending>({ noun: 'bid', document: () => props.bid, onChanged: (bid, message) => props.onChanged(bid, message) });
  const { pending, setPending, close, path, post } = actions;
  const [reason, setReason] = createSignal('');
  const [createJob, setCreateJob] = createSignal(!props.bid.jobId);
  const invoiced = () => props.bid.invoices.some((invoice) => invoice.status !== 'void');
  const [createInvoice, setCreateInvoice] = createSignal(!invoiced());
  const wantJob = () => createJob() && !props.bid.jobId;
  const wantInvoice = () => createInvoice() && !invoiced();
  const status = () => props.bid.status;

  const convert = async () => {
    const result = await api<BidConvertResult>(path('/convert'), { method: 'POST', body: { createJob: wantJob(), createInvoice: wantInvoice() } });
    if (result.invoiceId) {
      window.location.assign(`${documentPaths('invoice').view(result.invoiceId)}&saved=from-bid`);
      return;
    }
    close();
    props.onChanged(result.bid, result.job ? `Job “${result.job.title}” created.` : 'Bid converted.');
  };

  const duplicate = async () => {
    const copy = await api<Bid>(path('/duplicate'), { method: 'POST', body: {} });
    window.location.assign(documentPaths('bid').edit(copy.id));
  };

  const remove = async () => {
    await api<void>(path(), { method: 'DELETE' });
    window.location.assign(documentPaths('bid').list);
  };

  return (
    <div class="mt-4 flex flex-wrap items-start gap-2" data-testid="bid-actions">
      <Switch>
        <Match when={status() === 'draft'}>
          <DraftActions noun="bid" document={props.bid} needsReview={actions.needsReview()} onPick={setPending} />
        </Match>
        <Match when={status() === 'sent'}>
          <button type="button" class="btn-primary" onClick={() => setPending('accept')} data-testid="bid-accept">Accept</button>
          <button type="button" class="btn-secondary" onClick={() => setPending('decline')} data-testid="bid-decline">Decline</button>
          <button type="button" class="btn-secondary" onClick={() => setPending('expire')} data-testid="bid-expire">Mark expired</button>
          <button type="button" class="btn-secondary" onClick={() => setPending('send')} data-testid="bid-send">Email again</button>
        </Match>
        <Match when={status() === 'accepted' && (!props.bid.jobId || !invoiced())}>
          <button type="button" class="btn-primary" onClick={() => setPending('convert')} data-testid="bid-convert">Convert to job / invoice</button>
        </Match>
      </Switch>
      <button type="button" class="btn-secondary" onClick={() => setPending('duplicate')} data-testid="bid-duplicate">Duplicate</button>
      <DownloadButton path={path('/pdf')} filename={`${props.bid.number}.pdf`} label="Download PDF" busyLabel="Preparing PDF…" testId="bid-pdf" />
      <Show when={status() === 'draft'}>
        <button type="button" class="btn-ghost text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setPending('delete')} data-testid="bid-delete">Delete</button>
      </Show>

      <SendDialog noun="bid" document={props.bid} open={pending() === 'send'} onConfirm={actions.send} onClose={close} />
      <ActionDialog open={pending() === 'mark_sent'} title={`Mark ${props.bid.number} as sent?`} description="For a bid you handed over in person or on paper. No email goes out." confirmLabel="Mark as sent" busyLabel="Saving…" onConfirm={() => post('/mark-sent', {}, 'Bid marked as sent.')} onClose={close} testId="bid-mark-sent-dialog" />
      <ActionDialog open={pending() === 'accept'} title={`Did ${props.bid.customer.name} accept ${props.bid.number}?`} description="You can then turn it into a job and an invoice." confirmLabel="Mark accepted" busyLabel="Saving…" onConfirm={() => post('/accept', {}, 'Bid accepted.')} onClose={close} testId="bid-accept-dialog" />
      <ActionDialog open={pending() === 'expire'} title={`Mark ${props.bid.number} expired?`} description="The customer did not answer in time. You can duplicate it to quote again." confirmLabel="Mark expired" busyLabel="Saving…" onConfirm={() => post('/expire', {}, 'Bid marked expired.')} onClose={close} testId="bid-expire-dialog" />
      <ActionDialog open={pending() === 'review'} title={`Mark ${props.bid.number} reviewed?`} description="Z drafted this bid. Confirm you checked every line and price; then it can be sent." confirmLabel="I reviewed it" busyLabel="Saving…" onConfirm={() => post('/review', {}, 'Bid marked reviewed.')} onClose={close} testId="bid-review-dialog" />
      <ActionDialog open={pending() === 'duplicate'} title={`Duplicate ${props.bid.number}?`} description="Makes a new draft with the same customer and lines, and opens it for editing." confirmLabel="Duplicate" busyLabel="Copying…" onConfirm={duplicate} onClose={close} testId="bid-duplicate-dialog" />
      <ActionDialog
        open={pending() === 'decline'}
        title={`Did ${props.bid.customer.name} decline ${props.bid.number}?`}
        confirmLabel="Mark declined"
        busyLabel="Saving…"
        danger
        onConfirm={() => post('/decline', { reason: reason().trim() || null }, 'Bid declined.')}
        onClose={close}
        testId="bid-decline-dialog"
      >
        <TextAreaField id="bid-decline-reason" label="Reason" optional rows={3} maxLength={1000} hint="Price, timing, went with someone else… It helps you quote better." value={reason()} onValue={setReason} />
      </ActionDialog>
      <ActionDialog
        open={pending() === 'convert'}
        title={`Convert ${props.bid.number}`}
        description="Start the work and bill it. The invoice is a draft with the bid’s lines; check it before sending."
        confirmLabel="Convert"
        busyLabel="Converting…"
        onConfirm={() => (wantJob() || wantInvoice() ? convert() : Promise.reject(new Error('Choose a job, an invoice or both.')))}
        onClose={close}
        testId="bid-convert-dialog"
      >
        <fieldset class="space-y-2 text-sm">
          <legend class="sr-only">What to create</legend>
          <label class="flex items-center gap-2">
            <input type="checkbox" class="size-4 accent-brand-600" checked={wantJob()} disabled={Boolean(props.bid.jobId)} onChange={(event) => setCreateJob(event.currentTarget.checked)} data-testid="convert-job" />
            {props.bid.jobId ? 'A job already exists for this bid' : 'Create a scheduled job'}
          </label>
          <label class="flex items-center gap-2">
            <input type="checkbox" class="size-4 accent-brand-600" checked={wantInvoice()} disabled={invoiced()} onChange={(event) => setCreateInvoice(event.currentTarget.checked)} data-testid="convert-invoice" />
            {invoiced() ? 'An invoice already bills this bid' : 'Create a draft invoice'}
          </label>
        </fieldset>
      </ActionDialog>
      <ConfirmDelete subject={pending() === 'delete' ? props.bid.number : undefined} description="The draft and its lines are removed for good." onConfirm={remove} onClose={close} testId="bid-delete-dialog" />
    </div>
  );
}
