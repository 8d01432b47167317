import OpsShell from '../OpsShell';
import Corrections from '../corrections/Corrections';

/** The island of /ops/corrections/: the section inside the shell, which checks access first. */
export default function CorrectionsPage() {
  return <OpsShell section="corrections">{(shell) => <Corrections shell={shell} />}</OpsShell>;
}
