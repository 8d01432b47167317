import CompanyDetails from './CompanyDetails';
import SettingsPage from './settings/SettingsPage';

export default function CompanyPage() {
  return <SettingsPage tab="company">{(workspace, shell) => <CompanyDetails workspace={workspace} shell={shell} />}</SettingsPage>;
}
