import OpsShell from '../OpsShell';
import Pipelines from '../pipelines/Pipelines';

/** The island of /ops/pipelines/: the section inside the shell, which checks access first. */
export default function PipelinesPage() {
  return <OpsShell section="pipelines">{() => <Pipelines />}</OpsShell>;
}
