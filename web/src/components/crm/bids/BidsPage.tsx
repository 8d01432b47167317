import BidList from './BidList';
import CrmPage from '../CrmPage';

export default function BidsPage() {
  return (
    <CrmPage section="bids" staffOnly="Bids">
      {() => <BidList />}
    </CrmPage>
  );
}
