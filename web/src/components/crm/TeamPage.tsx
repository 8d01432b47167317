import CrmShell from './CrmShell';
import Team from './Team';
import SettingsLayout from './settings/SettingsLayout';

export default function TeamPage() {
  return (
    <CrmShell section="settings">
      {(workspace, shell) => (
        <SettingsLayout tab="team" role={workspace.role}>
          <Team workspace={workspace} shell={shell} />
        </SettingsLayout>
      )}
    </CrmShell>
  );
}
