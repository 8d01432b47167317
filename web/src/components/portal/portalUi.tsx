import { Show, type JSX } from 'solid-js';
import StatusBadge, { DOCUMENT_TONES, type StatusTones } from '../crm/StatusBadge';
import { REQUEST_STATUS_LABELS } from '../../lib/portal';
import type { InvoiceStatus, QuoteStatus, RequestStatus, WarrantyStatus } from '../../lib/portalTypes';

/** Statuses in the homeowner's words. */
const QUOTE_LABELS: Record<QuoteStatus, string> = { sent: 'Awaiting your approval', accepted: 'Approved', declined: 'Declined', expired: 'Expired' };
const INVOICE_LABELS: Record<InvoiceStatus, string> = { sent: 'Due', partial: 'Partly paid', paid: 'Paid', void: 'Cancelled', overdue: 'Overdue' };
const JOB_LABELS: Record<string, string> = { scheduled: 'Scheduled', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled' };

const SKY = 'bg-sky-50 text-sky-700 ring-sky-200';
const GREEN = 'bg-emerald-50 text-emerald-700 ring-emerald-200';
const AMBER = 'bg-amber-50 text-amber-800 ring-amber-200';
const GREY = 'bg-slate-100 text-slate-600 ring-slate-200';
const RED = 'bg-red-50 text-red-700 ring-red-200';

const QUOTE_TONES: StatusTones = { ...DOCUMENT_TONES, sent: AMBER };
const JOB_TONES: StatusTones = { scheduled: SKY, in_progress: AMBER, completed: GREEN, cancelled: GREY };
const REQUEST_TONES: StatusTones = { received: SKY, in_review: AMBER, quoted: AMBER, scheduled: GREEN, closed: GREY };
const WARRANTY_TONES: StatusTones = { active: GREEN, expired: RED, unknown: GREY };
const WARRANTY_LABELS: Record<WarrantyStatus, string> = { active: 'Under warranty', expired: 'Warranty expired', unknown: 'Warranty unknown' };

export const QuoteBadge = (props: { status: QuoteStatus; testId?: string }) => (
  <StatusBadge status={props.status} label={QUOTE_LABELS[props.status]} tones={QUOTE_TONES} testId={props.testId} />
);
export const InvoiceBadge = (props: { status: InvoiceStatus; testId?: string }) => (
  <StatusBadge status={props.status} label={INVOICE_LABELS[props.status]} testId={props.testId} />
);
export const JobBadge = (props: { status: string }) => <StatusBadge status={props.status} label={JOB_LABELS[props.status]} tones={JOB_TONES} />;
export const RequestBadge = (props: { status: RequestStatus }) => (
  <StatusBadge status={props.status} label={REQUEST_STATUS_LABELS[props.status]} tones={REQUEST_TONES} testId="request-status" />
);
export const WarrantyBadge = (props: { status: WarrantyStatus }) => (
  <StatusBadge status={props.status} label={WARRANTY_LABELS[props.status]} tones={WARRANTY_TONES} testId="warranty-status" />
);

/** A page's title with one line under it, and its buttons on the right. */
export function PortalHeading(props: { id: string; title: JSX.Element; description?: JSX.Element; children?: JSX.Element }) {
  return (
    <div class="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div class="min-w-0">
        <h1 id={props.id} class="text-2xl font-bold tracking-tight break-words text-slate-900">
          {props.title}
        </h1>
        <Show when={props.description}>
          <p class="mt-1 text-sm text-slate-600">{props.description}</p>
        </Show>
      </div>
      {props.children}
    </div>
  );
}

/** `← All quotes` above a record. */
export function BackLink(props: { href: string; children: JSX.Element }) {
  return (
    <a href={props.href} class="mb-3 inline-block rounded text-sm font-medium text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
      ← {props.children}
    </a>
  );
}

/** A white card with a heading. */
export function Section(props: { title: string; id: string; class?: string; children: JSX.Element; testId?: string }) {
  return (
    <section class={`card p-5 ${props.class ?? ''}`} aria-labelledby={props.id} data-testid={props.testId}>
      <h2 id={props.id} class="mb-3 text-base font-semibold text-slate-900">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
