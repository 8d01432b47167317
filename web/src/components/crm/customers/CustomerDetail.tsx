import { createSignal, Show } from 'solid-js';
import ContactCard from './ContactCard';
import CustomerStatsCard from './CustomerStatsCard';
import CustomerTimeline from './CustomerTimeline';
import EquipmentCard from './EquipmentCard';
import PortalCard from './PortalCard';
import PropertiesCard from './PropertiesCard';
import CustomerPanel from '../CustomerPanel';
import NewThreadDialog from '../messages/NewThreadDialog';
import { createNotice, Notice } from '../Notice';
import RecordFrame from '../RecordFrame';
import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';
import { messagesHref } from '../../../lib/navigation';
import { can, type Customer, type Workspace } from '../../../lib/types';
import type { Property } from '../../../lib/types/customers';

/**
 * One customer: contact details, client portal access, stats, properties and equipment, and the
 * timeline of everything that happened.
 */
export default function CustomerDetail(props: { workspace: Workspace; customerId: string }) {
  const path = `/customers/${encodeURIComponent(props.customerId)}`;
  const customer = createLoader(
    () => props.customerId,
    (_id, signal) => api<Customer>(path, { signal }),
  );
  const [editing, setEditing] = createSignal(false);
  const [messaging, setMessaging] = createSignal(false);
  const [properties, setProperties] = createSignal<Property[]>([]);
  const notice = createNotice();
  const canWrite = () => can.writeCustomers(props.workspace.role);
  const isTech = () => props.workspace.role === 'tech';

  return (
    <div data-testid="customer-detail">
      <RecordFrame back={{ href: '/crm/customers/', label: 'All customers' }} record={customer} testPrefix="customer-detail" loadingLabel="Loading customer…" skeleton="heading">
        {(current) => (
          <>
            <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
              <div class="min-w-0">
                <h1 class="text-2xl font-bold tracking-tight break-words text-slate-900" data-testid="customer-detail-name">
                  {current().name}
                </h1>
                <p class="mt-1 text-sm text-slate-600">Customer since {new Date(current().createdAt).toLocaleDateString('en-US', { month: 'long', year: 'numeric' })}</p>
              </div>
              <div class="flex flex-wrap gap-2">
                <Show when={canWrite()}>
                  <button type="button" class="btn-secondary" onClick={() => setMessaging(true)} data-testid="customer-message">
                    Message
                  </button>
                  <a class="btn-secondary" href={`/crm/jobs/?new=1&customerId=${encodeURIComponent(current().id)}`} data-testid="customer-new-job">
                    New job
                  </a>
                  <button type="button" class="btn-primary" onClick={() => setEditing(true)} data-testid="customer-detail-edit">
                    Edit customer
                  </button>
                </Show>
              </div>
            </div>

            <CustomerStatsCard customerId={current().id} showMoney={!isTech()} />

            <div class="mt-6 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <div class="space-y-6">
                <ContactCard customer={current()} />
                <Show when={canWrite()}>
                  <PortalCard customer={current()} onNotice={notice.show} />
                </Show>
                <PropertiesCard customerId={current().id} canWrite={canWrite()} onChange={setProperties} onSaved={notice.show} />
                <EquipmentCard customerId={current().id} canWrite={canWrite()} properties={properties()} onSaved={notice.show} />
              </div>
              <CustomerTimeline customerId={current().id} role={props.workspace.role} />
            </div>
          </>
        )}
      </RecordFrame>

      <CustomerPanel
        mode={editing() && customer.data() ? { kind: 'edit', customer: customer.data()! } : undefined}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          customer.mutate(saved);
          notice.show(`Changes to “${saved.name}” saved.`);
        }}
      />
      <NewThreadDialog
        open={messaging() && Boolean(customer.data())}
        customer={customer.data()}
        onClose={() => setMessaging(false)}
        onCreated={(thread) => window.location.assign(messagesHref(thread.id))}
      />
      <Notice message={notice.message()} />
    </div>
  );
}
