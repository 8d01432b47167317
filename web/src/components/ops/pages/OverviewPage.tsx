import OpsShell from '../OpsShell';
import Overview from '../overview/Overview';

/** The island of /ops/: the section inside the shell, which checks access first. */
export default function OverviewPage() {
  return <OpsShell section="overview">{() => <Overview />}</OpsShell>;
}
