import { createEffect, Match, Show, Switch } from 'solid-js';
import PortalLines from './PortalLines';
import PortalShell, { type PortalContext } from './PortalShell';
import QuoteDecision from './QuoteDecision';
import { BackLink, PortalHeading, QuoteBadge, Section } from './portalUi';
import { fetchRecord, RecordLoadStatus, recordIdFromAddress } from './RecordLoadStatus';
import DownloadButton from '../crm/DownloadButton';
import FactList from '../crm/documents/FactList';
import { formatDate, formatDateTime } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import type { PortalQuote } from '../../lib/portalTypes';

/** `/portal/quotes/view/?id=`: one quote, its lines and totals, and approving or declining it. */
export default function QuoteDetailPage() {
  return <PortalShell section="quotes">{(context) => <QuoteDetail context={context} />}</PortalShell>;
}

function QuoteDetail(props: { context: PortalContext }) {
  const id = recordIdFromAddress();
  const quote = createLoadOnce((signal) => fetchRecord<PortalQuote>(`/portal/quotes/${encodeURIComponent(id)}`, signal));
  // Opened under another contractor (a link without `?c=`): show it under its own.
  const elsewhere = () => {
    const companyId = quote.data()?.company.id;
    return companyId ? props.context.otherRelationshipFor(companyId) : undefined;
  };
  createEffect(() => {
    const target = elsewhere();
    if (target) props.context.showRelationship(target.customerId);
  });
  const companyName = () => props.context.relationship.company.name;

  return (
    <div data-testid="portal-quote">
      <BackLink href={props.context.href('/portal/quotes/')}>All quotes</BackLink>
      <RecordLoadStatus loader={quote} noun="quote" listHref={props.context.href('/portal/quotes/')} />
      <Show when={!elsewhere() && quote.data()}>
        {(current) => (
          <>
            <PortalHeading id="quote-heading" title={current().title ?? `Quote ${current().number}`} description={`Quote ${current().number} from ${current().company.name}`}>
              <QuoteBadge status={current().status} testId="quote-status" />
            </PortalHeading>
            <DecisionBanner quote={current()} companyName={companyName()} />
            <div class="grid gap-6 lg:grid-cols-3">
              <div class="space-y-6 lg:col-span-2">
                <Section title="What is included" id="quote-lines-heading">
                  <PortalLines lines={current().lines} totals={current()} testPrefix="quote" />
                  <Show when={current().notes}>
                    <h3 class="mt-6 text-sm font-semibold text-slate-900">Notes from {current().company.name}</h3>
                    <p class="mt-1 text-sm whitespace-pre-line break-words text-slate-700">{current().notes}</p>
                  </Show>
                </Section>
                <Show when={current().canDecide}>
                  <QuoteDecision quote={current()} onDecided={(updated) => quote.mutate(updated)} onStale={() => void quote.reload()} />
                </Show>
              </div>
              <div class="space-y-6">
                <Section title="Details" id="quote-facts-heading">
                  <FactList
                    facts={[
                      { label: 'Quote', value: current().number },
                      { label: 'Sent', value: current().sentAt ? formatDate(current().sentAt) : undefined },
                      { label: 'Valid until', value: current().validUntil ? formatDate(current().validUntil) : undefined },
                    ]}
                  />
                  <div class="mt-4">
                    <DownloadButton path={`/portal/quotes/${encodeURIComponent(current().id)}/pdf`} filename={`${current().number}.pdf`} label="Download PDF" class="btn-secondary w-full" testId="quote-pdf" />
                  </div>
                </Section>
                <Section title="Questions?" id="quote-questions-heading">
                  <p class="text-sm text-slate-600">Not sure about a line? Ask {companyName()} before you decide.</p>
                  <a class="btn-secondary mt-3 w-full" href={props.context.href('/portal/messages/', { subject: `Question about quote ${current().number}` })} data-testid="quote-ask">
                    Message {companyName()}
                  </a>
                </Section>
              </div>
            </div>
          </>
        )}
      </Show>
    </div>
  );
}

/** Where a decided (or expired) quote stands, with who signed and when. */
function DecisionBanner(props: { quote: PortalQuote; companyName: string }) {
  const decision = () => props.quote.decision;
  return (
    <Switch>
      <Match when={props.quote.status === 'accepted'}>
        <div role="status" class="mb-6 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" data-testid="quote-decision">
          <p class="font-semibold">
            Approved{decision()?.signedName ? ` — signed by ${decision()!.signedName}` : ''}
            {decision() ? ` on ${formatDateTime(decision()!.decidedAt)}` : ''}.
          </p>
          <p class="mt-0.5">{props.companyName} has your approval and will be in touch to schedule the work.</p>
        </div>
      </Match>
      <Match when={props.quote.status === 'declined'}>
        <div role="status" class="mb-6 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800" data-testid="quote-decision">
          <p class="font-semibold">Declined{decision() ? ` on ${formatDateTime(decision()!.decidedAt)}` : ''}.</p>
          <Show when={decision()?.reason}>
            <p class="mt-0.5 break-words">Reason: {decision()!.reason}</p>
          </Show>
        </div>
      </Match>
      <Match when={props.quote.status === 'expired'}>
        <div role="status" class="mb-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="quote-decision">
          This quote expired{props.quote.validUntil ? ` on ${formatDate(props.quote.validUntil)}` : ''}. Ask {props.companyName} for an updated one.
        </div>
      </Match>
    </Switch>
  );
}
