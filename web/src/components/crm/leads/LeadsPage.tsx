import LeadBoard from './LeadBoard';
import CrmPage from '../CrmPage';

export default function LeadsPage() {
  return (
    <CrmPage section="leads" staffOnly="Leads">
      {(workspace) => <LeadBoard workspace={workspace} />}
    </CrmPage>
  );
}
