import OpsShell from '../OpsShell';
import Knowledge from '../knowledge/Knowledge';

/** The island of /ops/knowledge/: the section inside the shell, which checks access first. */
export default function KnowledgePage() {
  return <OpsShell section="knowledge">{() => <Knowledge />}</OpsShell>;
}
