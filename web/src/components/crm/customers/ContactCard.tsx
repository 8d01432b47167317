import { Show } from 'solid-js';
import type { Customer } from '../../../lib/types';

/** How to reach the customer, and the notes the crew should read before a visit. */
export default function ContactCard(props: { customer: Customer }) {
  return (
    <section class="card" aria-labelledby="contact-heading" data-testid="customer-contact">
      <h2 id="contact-heading" class="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
        Contact
      </h2>
      <dl class="divide-y divide-slate-100 px-5 text-sm">
        <div class="py-3">
          <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">Email</dt>
          <dd class="mt-1 break-all">
            <Show when={props.customer.email} fallback={<span class="text-slate-500">Not recorded</span>}>
              {(email) => (
                <a class="link" href={`mailto:${email()}`}>
                  {email()}
                </a>
              )}
            </Show>
          </dd>
        </div>
        <div class="py-3">
          <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">Phone</dt>
          <dd class="mt-1">
            <Show when={props.customer.phone} fallback={<span class="text-slate-500">Not recorded</span>}>
              {(phone) => (
                <a class="link" href={`tel:${phone().replace(/[^\d+]/g, '')}`}>
                  {phone()}
                </a>
              )}
            </Show>
          </dd>
        </div>
        <div class="py-3">
          <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">Billing address</dt>
          <dd class="mt-1 text-slate-900">
            <Show when={props.customer.address} fallback={<span class="text-slate-500">Not recorded</span>}>
              {props.customer.address}
            </Show>
          </dd>
        </div>
        <Show when={props.customer.notes}>
          <div class="py-3">
            <dt class="text-xs font-medium uppercase tracking-wide text-slate-500">Notes</dt>
            <dd class="mt-1 whitespace-pre-line text-slate-900" data-testid="customer-detail-notes">
              {props.customer.notes}
            </dd>
          </div>
        </Show>
      </dl>
    </section>
  );
}
