import type { DocumentNoun } from './paths';
import ActionDialog from '../ActionDialog';
import type { SavedDocument } from '../../../lib/types/bids';

/** Asks before emailing a bid or invoice, and says so when the customer has no email address. */
export default function SendDialog(props: { noun: DocumentNoun; document: SavedDocument; open: boolean; onConfirm: () => Promise<void>; onClose: () => void }) {
  const email = () => props.document.customer.email;
  return (
    <ActionDialog
      open={props.open}
      title={`Email ${props.document.number}?`}
      description={email() ? `The ${props.noun} goes to ${email()} as a PDF attachment.` : `${props.document.customer.name} has no email address. Add one on their customer page, then send.`}
      confirmLabel="Send"
      busyLabel="Sending…"
      onConfirm={props.onConfirm}
      onClose={props.onClose}
      testId={`${props.noun}-send-dialog`}
    />
  );
}
