import CrmShell from './CrmShell';
import CompanyDetails from './CompanyDetails';
import SettingsLayout from './settings/SettingsLayout';

export default function CompanyPage() {
  return (
    <CrmShell section="settings">
      {(workspace, shell) => (
        <SettingsLayout tab="company" role={workspace.role}>
          <CompanyDetails workspace={workspace} shell={shell} />
        </SettingsLayout>
      )}
    </CrmShell>
  );
}
