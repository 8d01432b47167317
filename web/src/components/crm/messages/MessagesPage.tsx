import Inbox from './Inbox';
import CrmPage from '../CrmPage';

/** `/crm/messages/`: conversations with customers through their client portal. */
export default function MessagesPage() {
  return (
    <CrmPage section="messages" staffOnly="Messages">
      {() => <Inbox />}
    </CrmPage>
  );
}
