import PortalShell from './PortalShell';
import ZMemory from '../crm/settings/ZMemory';

/** `/portal/memory/`: what Z remembers about the homeowner, the same view (and API) as the CRM's settings page. */
export default function MemoryPage() {
  return (
    <PortalShell section="memory">
      {() => (
        <>
          <h1 class="sr-only">What Z remembers</h1>
          <ZMemory />
        </>
      )}
    </PortalShell>
  );
}
