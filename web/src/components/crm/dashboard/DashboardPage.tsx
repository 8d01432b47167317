import Dashboard from './Dashboard';
import CrmShell from '../CrmShell';

export default function DashboardPage() {
  return <CrmShell section="dashboard">{(workspace) => <Dashboard workspace={workspace} />}</CrmShell>;
}
