import { createSignal, For, Show, type JSX } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import RequestForm from './RequestForm';
import { JobBadge, PortalHeading, Section } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatCents, formatDate, formatDateTime } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath } from '../../lib/portal';
import type { PortalHome } from '../../lib/portalTypes';

/** `/portal/`: what needs the homeowner's attention with this contractor. */
export default function HomePage() {
  return <PortalShell section="home">{(context) => <Home context={context} />}</PortalShell>;
}

function Home(props: { context: PortalContext }) {
  const home = createLoadOnce((signal) => api<PortalHome>(customerPath(props.context.customerId, '/home'), { signal }));
  const [sent, setSent] = createSignal(false);
  const company = () => props.context.relationship.company;
  const firstName = () => props.context.relationship.customerName.split(/\s+/)[0] ?? '';

  return (
    <div data-testid="portal-home">
      <PortalHeading id="portal-home-heading" title={`Hi ${firstName()}`} description={`Everything ${company().name} is doing for your home, in one place.`} />
      <LoadStatus loader={home} errorTestId="portal-home-error">
        <LoadingRows label="Loading your home page…" testId="portal-home-loading" rows={3} />
      </LoadStatus>
      <Show when={home.data()}>
        {(data) => (
          <>
            <div class="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <Tile
                label="Balance due"
                value={formatCents(data().balanceDueCents)}
                note={data().overdueCents > 0 ? `${formatCents(data().overdueCents)} overdue` : `${data().openInvoices} open invoice${data().openInvoices === 1 ? '' : 's'}`}
                alert={data().overdueCents > 0}
                href={props.context.href('/portal/invoices/')}
                testId="home-balance"
              />
              <Tile
                label="Quotes to review"
                value={String(data().openQuotes.length)}
                note={data().openQuotes.length ? 'Waiting for your approval' : 'Nothing waiting'}
                href={props.context.href('/portal/quotes/')}
                testId="home-quotes"
              />
              <Tile
                label="Unread messages"
                value={String(data().unreadMessages)}
                note={data().unreadMessages ? `From ${company().name}` : 'All caught up'}
                href={props.context.href('/portal/messages/')}
                testId="home-unread"
              />
              <Tile
                label="Open requests"
                value={String(data().openRequests)}
                note={data().openRequests ? 'Being handled' : 'None open'}
                href={props.context.href('/portal/requests/')}
                testId="home-requests"
              />
            </div>

            <div class="mt-6 grid gap-6 lg:grid-cols-5">
              <div class="space-y-6 lg:col-span-3">
                <Section title="Upcoming visits" id="home-visits-heading" testId="home-visits">
                  <Show when={data().upcomingVisits.length > 0} fallback={<p class="text-sm text-slate-600">No visits scheduled. Need one? Send a request below.</p>}>
                    <ul class="divide-y divide-slate-100">
                      <For each={data().upcomingVisits}>
                        {(visit) => (
                          <li class="flex items-start justify-between gap-3 py-3 first:pt-0 last:pb-0" data-testid="home-visit">
                            <div class="min-w-0">
                              <p class="font-medium text-slate-900">{visit.title}</p>
                              <p class="text-sm text-slate-600">{visit.scheduledStart ? formatDateTime(visit.scheduledStart) : 'Date to be confirmed'}</p>
                              <Show when={visit.address}>
                                <p class="text-xs text-slate-500">{visit.address}</p>
                              </Show>
                            </div>
                            <JobBadge status={visit.status} />
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </Section>
                <Section title="Quotes waiting for you" id="home-quotes-heading" testId="home-open-quotes">
                  <Show when={data().openQuotes.length > 0} fallback={<p class="text-sm text-slate-600">No quotes are waiting for your approval.</p>}>
                    <ul class="divide-y divide-slate-100">
                      <For each={data().openQuotes}>
                        {(quote) => (
                          <li class="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0" data-testid="home-quote">
                            <div class="min-w-0">
                              <p class="font-medium text-slate-900">{quote.title ?? quote.number}</p>
                              <p class="text-sm text-slate-600">
                                {quote.number}
                                {quote.validUntil ? ` · valid until ${formatDate(quote.validUntil)}` : ''}
                              </p>
                            </div>
                            <div class="flex items-center gap-3">
                              <span class="font-semibold text-slate-900 tabular-nums">{formatCents(quote.totalCents)}</span>
                              <a class="btn-primary py-1.5" href={props.context.href('/portal/quotes/view/', { id: quote.id })} data-testid="home-quote-review">
                                Review
                              </a>
                            </div>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </Section>
              </div>
              <div class="space-y-6 lg:col-span-2">
                <Section title="Something’s wrong?" id="home-request-heading" testId="home-quick-request">
                  <Show
                    when={!sent()}
                    fallback={
                      <div role="status" class="text-sm text-slate-700" data-testid="quick-request-sent">
                        <p class="font-medium text-emerald-800">Sent to {company().name}.</p>
                        <p class="mt-1">
                          They will get back to you. Follow it under{' '}
                          <a class="font-medium text-brand-700 underline underline-offset-2" href={props.context.href('/portal/requests/')}>
                            Requests
                          </a>
                          .
                        </p>
                        <button type="button" class="btn-secondary mt-3 py-1.5" onClick={() => setSent(false)}>
                          Report something else
                        </button>
                      </div>
                    }
                  >
                    <RequestForm
                      compact
                      customerId={props.context.customerId}
                      companyName={company().name}
                      onSent={() => {
                        setSent(true);
                        void home.reload();
                      }}
                    />
                  </Show>
                </Section>
                <ContactCard context={props.context} />
              </div>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}

function Tile(props: { label: string; value: string; note: string; href: string; alert?: boolean; testId: string }) {
  return (
    <a
      href={props.href}
      class="card block p-4 transition hover:border-slate-300 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      data-testid={props.testId}
    >
      <p class="text-xs font-medium tracking-wide text-slate-600 uppercase">{props.label}</p>
      <p class="mt-1 text-2xl font-bold text-slate-900 tabular-nums">{props.value}</p>
      <p class={`mt-1 text-xs ${props.alert ? 'font-medium text-red-700' : 'text-slate-600'}`}>{props.note}</p>
    </a>
  );
}

function ContactCard(props: { context: PortalContext }): JSX.Element {
  const company = () => props.context.relationship.company;
  return (
    <Section title="Your contractor" id="home-contact-heading">
      <p class="font-medium text-slate-900">{company().name}</p>
      <Show when={company().address}>
        <p class="text-sm text-slate-600">{company().address}</p>
      </Show>
      <div class="mt-3 flex flex-wrap gap-2">
        <Show when={company().phone}>
          {(phone) => (
            <a class="btn-secondary py-1.5" href={`tel:${phone()}`}>
              Call {phone()}
            </a>
          )}
        </Show>
        <a class="btn-secondary py-1.5" href={props.context.href('/portal/messages/')}>
          Send a message
        </a>
      </div>
    </Section>
  );
}
