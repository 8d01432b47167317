import CrmShell from './CrmShell';
import CompanyDetails from './CompanyDetails';

export default function CompanyPage() {
  return <CrmShell section="company">{(workspace) => <CompanyDetails workspace={workspace} />}</CrmShell>;
}
