import CrmShell from './CrmShell';
import CompanyDetails from './CompanyDetails';

export default function CompanyPage() {
  return <CrmShell section="settings">{(workspace, shell) => <CompanyDetails workspace={workspace} shell={shell} />}</CrmShell>;
}
