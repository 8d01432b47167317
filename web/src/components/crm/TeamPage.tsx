import SettingsPage from './settings/SettingsPage';
import Team from './Team';

export default function TeamPage() {
  return <SettingsPage tab="team">{(workspace, shell) => <Team workspace={workspace} shell={shell} />}</SettingsPage>;
}
