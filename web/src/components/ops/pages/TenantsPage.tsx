import OpsShell from '../OpsShell';
import Tenants from '../tenants/Tenants';

/** The island of /ops/tenants/: the section inside the shell, which checks access first. */
export default function TenantsPage() {
  return <OpsShell section="tenants">{() => <Tenants />}</OpsShell>;
}
