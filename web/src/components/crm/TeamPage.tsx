import CrmShell from './CrmShell';
import Team from './Team';

export default function TeamPage() {
  return <CrmShell section="settings">{(workspace, shell) => <Team workspace={workspace} shell={shell} />}</CrmShell>;
}
