import CrmShell from './CrmShell';
import Team from './Team';

export default function TeamPage() {
  return <CrmShell section="team">{(workspace) => <Team workspace={workspace} />}</CrmShell>;
}
