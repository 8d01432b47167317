import CrmShell from './CrmShell';
import CompanyDetails from './CompanyDetails';

export default function CompanyPage() {
  return <CrmShell section="company">{(workspace, shell) => <CompanyDetails workspace={workspace} shell={shell} />}</CrmShell>;
}
