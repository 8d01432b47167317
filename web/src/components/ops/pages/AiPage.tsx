import OpsShell from '../OpsShell';
import AiUsage from '../ai/AiUsage';

/** The island of /ops/ai/: the section inside the shell, which checks access first. */
export default function AiPage() {
  return <OpsShell section="ai">{() => <AiUsage />}</OpsShell>;
}
