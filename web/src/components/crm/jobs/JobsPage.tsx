import Jobs from './Jobs';
import CrmShell from '../CrmShell';

export default function JobsPage() {
  return <CrmShell section="jobs">{(workspace) => <Jobs workspace={workspace} />}</CrmShell>;
}
