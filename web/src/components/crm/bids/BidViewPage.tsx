import BidView from './BidView';
import DocumentViewPage from '../documents/DocumentViewPage';

export default function BidViewPage() {
  return (
    <DocumentViewPage noun="bid" what="Bids">
      {(id) => <BidView id={id} />}
    </DocumentViewPage>
  );
}
