import BidEditor from './BidEditor';
import DocumentEditorPage from '../documents/DocumentEditorPage';
import type { Bid } from '../../../lib/types/bids';

export default function BidEditorPage() {
  return (
    <DocumentEditorPage<Bid>
      noun="bid"
      what="Bids"
      notEditable={(bid) => ({
        title: `${bid.number} is ${bid.status}`,
        message: 'Only drafts can be edited, so what the customer saw stays on record. Duplicate it to change the lines.',
      })}
    >
      {(loaded) => <BidEditor bid={loaded.document} customer={loaded.customer} />}
    </DocumentEditorPage>
  );
}
