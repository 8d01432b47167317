import { createSignal, For, Match, onCleanup, onMount, Show, Switch, type Accessor, type JSX } from 'solid-js';
import { ShellFailure, ShellLoading } from '../ShellStates';
import type { SupabaseClient } from '@supabase/supabase-js';
import Brand from '../Brand';
import ZPanel from '../z/ZPanel';
import { openZPanel, zPanelOpen } from '../z/zPanelState';
import CompanyMark from './CompanyMark';
import { api, errorMessage } from '../../lib/api';
import { getSupabase, signOutOf } from '../../lib/supabase';
import { trackSessionContext } from '../../lib/zSession';
import { chooseRelationship, customerPath, pinRelationshipInAddress, portalHref, portalLoginHref, rememberRelationship } from '../../lib/portal';
import type { PortalMe, Relationship, ThreadSummary } from '../../lib/portalTypes';

export type PortalSection = 'home' | 'property' | 'equipment' | 'history' | 'quotes' | 'invoices' | 'messages' | 'requests' | 'memory';

/** The portal's navigation, in order. */
const SECTIONS: ReadonlyArray<{ id: PortalSection; label: string; href: string }> = [
  { id: 'home', label: 'Home', href: '/portal/' },
  { id: 'property', label: 'My home', href: '/portal/home/' },
  { id: 'equipment', label: 'Equipment', href: '/portal/equipment/' },
  { id: 'history', label: 'Service history', href: '/portal/history/' },
  { id: 'quotes', label: 'Quotes', href: '/portal/quotes/' },
  { id: 'invoices', label: 'Invoices', href: '/portal/invoices/' },
  { id: 'messages', label: 'Messages', href: '/portal/messages/' },
  { id: 'requests', label: 'Requests', href: '/portal/requests/' },
  { id: 'memory', label: 'What Z remembers', href: '/portal/memory/' },
];

/** What every portal page gets: who is signed in and which contractor relationship is in view. */
export interface PortalContext {
  me: PortalMe;
  relationship: Relationship;
  customerId: string;
  /** A link to a portal page of this relationship. */
  href: (path: string, params?: Record<string, string | undefined>) => string;
  /** Unread messages from this contractor (the Messages badge). */
  unread: Accessor<number>;
  /** Counts unread messages again, after reading or sending. */
  refreshUnread: () => void;
  /**
   * The homeowner's other relationship with `companyId`, when a record page was opened without
   * the right `?c=` (a link from an email, another tab); undefined when it is the one in view.
   */
  otherRelationshipFor: (companyId: string) => Relationship | undefined;
  /** Reloads this page on another relationship. */
  showRelationship: (customerId: string) => void;
}

type State =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'unlinked'; me: PortalMe }
  | { kind: 'ready'; context: PortalContext };

/**
 * The signed-in frame of every client portal page: checks the session, loads the homeowner's
 * contractor relationships (`/portal/me`), picks the one in view (`?c=`, else the last one used
 * on this device), and lays out the contractor's header, the navigation and Z's chat widget.
 */
export default function PortalShell(props: { section: PortalSection; children: (context: PortalContext) => JSX.Element }) {
  const [state, setState] = createSignal<State>({ kind: 'loading', message: 'Loading your portal…' });
  const [unread, setUnread] = createSignal(0);
  let supabase: SupabaseClient | undefined;
  let signingOut = false;
  let stopTracking: (() => void) | undefined;
  onCleanup(() => stopTracking?.());

  const countUnread = async (customerId: string) => {
    try {
      const threads = await api<ThreadSummary[]>(customerPath(customerId, '/threads'));
      setUnread(threads.reduce((sum, thread) => sum + thread.unreadCount, 0));
    } catch {
      // The badge is a hint: the Messages page shows the real state and its errors.
    }
  };

  const load = async () => {
    setState({ kind: 'loading', message: 'Loading your portal…' });
    try {
      supabase = await getSupabase();
      const { data } = await supabase.auth.getSession();
      if (!data.session) {
        setState({ kind: 'loading', message: 'Taking you to sign in…' });
        // A sign-in link that failed comes back with its error in the fragment: say so on the sign-in page.
        const failedLink = new URLSearchParams(window.location.hash.slice(1)).get('error_code');
        const login = portalLoginHref();
        window.location.replace(failedLink ? `${login}&link=${encodeURIComponent(failedLink)}` : login);
        return;
      }
      const me = await api<PortalMe>('/portal/me');
      const relationship = chooseRelationship(me.relationships);
      if (!relationship) {
        setState({ kind: 'unlinked', me });
        return;
      }
      pinRelationshipInAddress(relationship.customerId);
      // Z's session context follows the page, with `?c=` naming the relationship.
      stopTracking?.();
      stopTracking = trackSessionContext();
      const customerId = relationship.customerId;
      setState({
        kind: 'ready',
        context: {
          me,
          relationship,
          customerId,
          href: (path, params) => portalHref(path, customerId, params),
          unread,
          refreshUnread: () => void countUnread(customerId),
          otherRelationshipFor: (companyId) =>
            companyId === relationship.company.id ? undefined : me.relationships.find((candidate) => candidate.company.id === companyId),
          showRelationship: (otherId) => {
            rememberRelationship(otherId);
            const url = new URL(window.location.href);
            url.searchParams.set('c', otherId);
            window.location.replace(url);
          },
        },
      });
      void countUnread(customerId);
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  };

  let unsubscribe: (() => void) | undefined;
  onCleanup(() => unsubscribe?.());
  onMount(() => {
    // Back on the tab after reading email: the badge catches up without polling.
    const onFocus = () => {
      const current = state();
      if (current.kind === 'ready') current.context.refreshUnread();
    };
    window.addEventListener('focus', onFocus);
    onCleanup(() => window.removeEventListener('focus', onFocus));
  });
  onMount(async () => {
    await load();
    // Signing out in another tab ends this page's session too.
    const { data } = supabase?.auth.onAuthStateChange((event) => {
      if (event === 'SIGNED_OUT' && !signingOut) window.location.replace('/portal/login/');
    }) ?? { data: undefined };
    unsubscribe = () => data?.subscription.unsubscribe();
  });

  const signOut = async () => {
    signingOut = true;
    await signOutOf(supabase);
    window.location.replace('/portal/login/');
  };

  const loadingMessage = () => {
    const current = state();
    return current.kind === 'loading' ? current.message : undefined;
  };
  const failure = () => {
    const current = state();
    return current.kind === 'error' ? current.message : undefined;
  };
  const unlinked = () => {
    const current = state();
    return current.kind === 'unlinked' ? current.me : undefined;
  };
  const ready = () => {
    const current = state();
    return current.kind === 'ready' ? current.context : undefined;
  };

  return (
    <Switch>
      <Match when={loadingMessage()}>
        {(message) => (
          <ShellLoading message={message()} testId="portal-loading" />
        )}
      </Match>
      <Match when={failure()}>
        {(message) => (
          <ShellFailure message={message()} onRetry={() => void load()} testId="portal-error" />
        )}
      </Match>
      <Match when={unlinked()}>{(me) => <NotLinked email={me().email ?? 'this address'} onSignOut={() => void signOut()} />}</Match>
      <Match when={ready()}>
        {(context) => (
          <div class={`flex min-h-dvh flex-col ${zPanelOpen() ? '2xl:pr-96' : ''}`} data-testid="portal-shell">
            <a href="#portal-main" class="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
              Skip to content
            </a>
            <PortalHeader context={context()} section={props.section} onSignOut={() => void signOut()} />
            <main id="portal-main" class="mx-auto w-full max-w-5xl flex-1 px-4 py-6 pb-24 sm:px-6 lg:py-8">
              {props.children(context())}
            </main>
            <PortalFooter relationship={context().relationship} />
            <Show when={!zPanelOpen()}>
              <button
                type="button"
                class="fixed right-4 bottom-4 z-40 inline-flex items-center gap-2 rounded-full bg-slate-900 py-2.5 pr-4 pl-2.5 text-sm font-medium text-white shadow-lg hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                aria-controls="z-panel"
                aria-expanded="false"
                onClick={(event) => openZPanel(event.currentTarget)}
                data-z-launcher
                data-testid="z-toggle"
              >
                <span class="flex size-7 items-center justify-center rounded-full bg-brand-700 text-xs font-bold" aria-hidden="true">
                  Z
                </span>
                Ask Z
              </button>
            </Show>
            <ZPanel
              platform="client_portal"
              subtitle="Answers about your home"
              intro={
                <>
                  <p>Ask about your home and equipment in plain English — what a noise means, how old your water heater is, what a line on a quote covers. Z knows which page you are on.</p>
                  <p class="mt-2">Z never quotes prices: for costs, repairs and visits it points you to {context().relationship.company.name}, and sends them a request only after you confirm.</p>
                </>
              }
            />
          </div>
        )}
      </Match>
    </Switch>
  );
}

function PortalHeader(props: { context: PortalContext; section: PortalSection; onSignOut: () => void }) {
  const relationship = () => props.context.relationship;
  const others = () => props.context.me.relationships;
  let nav!: HTMLElement;
  // On a phone the tabs scroll sideways: bring the current one into view.
  onMount(() => nav.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'center' }));

  const switchTo = (customerId: string) => {
    rememberRelationship(customerId);
    const section = SECTIONS.find((entry) => entry.id === props.section) ?? SECTIONS[0]!;
    // A record page belongs to the other contractor: go to the same section's list.
    window.location.assign(portalHref(section.href, customerId));
  };

  return (
    <header class="border-b border-slate-200 bg-white">
      <div class="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-3 px-4 pt-4 pb-3 sm:px-6">
        <a href={props.context.href('/portal/')} class="order-1 flex min-w-0 flex-1 items-center gap-3 rounded-lg focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="portal-company">
          <CompanyMark company={relationship().company} />
          <span class="min-w-0">
            <span class="block truncate text-base font-semibold text-slate-900" data-testid="portal-company-name">
              {relationship().company.name}
            </span>
            <span class="block truncate text-xs text-slate-600">Client portal · {relationship().customerName}</span>
          </span>
        </a>
        <Show when={others().length > 1}>
          <div class="order-3 w-full sm:order-2 sm:w-56">
            <label for="portal-relationship" class="sr-only">
              Contractor
            </label>
            <select
              id="portal-relationship"
              class="field-input mt-0 h-10 py-1"
              value={props.context.customerId}
              onChange={(event) => switchTo(event.currentTarget.value)}
              data-testid="portal-relationship"
            >
              <For each={others()}>{(other) => <option value={other.customerId}>{other.company.name}</option>}</For>
            </select>
          </div>
        </Show>
        <button type="button" class="btn-ghost order-2 shrink-0 py-1.5 sm:order-3" onClick={() => props.onSignOut()} data-testid="portal-sign-out">
          Sign out
        </button>
      </div>
      {/* `relative`: the badge's screen-reader text is absolutely positioned and must stay inside the scrolling nav. */}
      <nav ref={nav} class="relative mx-auto max-w-5xl overflow-x-auto px-2 sm:px-4" aria-label="Client portal" data-testid="portal-nav">
        <ul class="flex gap-1 whitespace-nowrap">
          <For each={SECTIONS}>
            {(section) => (
              <li>
                <a
                  href={props.context.href(section.href)}
                  class={`inline-flex items-center gap-1.5 border-b-2 px-3 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 ${
                    section.id === props.section ? 'border-brand-600 text-slate-900' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
                  }`}
                  aria-current={section.id === props.section ? 'page' : undefined}
                  data-testid={`portal-nav-${section.id}`}
                >
                  {section.label}
                  <Show when={section.id === 'messages' && props.context.unread() > 0}>
                    <span class="rounded-full bg-brand-700 px-1.5 py-0.5 text-xs leading-none font-semibold text-white" data-testid="portal-unread-badge">
                      {props.context.unread()}
                      <span class="sr-only"> unread</span>
                    </span>
                  </Show>
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
    </header>
  );
}

function PortalFooter(props: { relationship: Relationship }) {
  const company = () => props.relationship.company;
  return (
    <footer class="border-t border-slate-200 bg-white">
      <div class="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-5 pb-20 text-sm text-slate-600 sm:px-6 sm:pb-5">
        <div>
          <p class="font-medium text-slate-900">{company().name}</p>
          <p class="flex flex-wrap gap-x-3">
            <Show when={company().phone}>{(phone) => <a class="hover:text-slate-900 hover:underline" href={`tel:${phone()}`}>{phone()}</a>}</Show>
            <Show when={company().email}>{(email) => <a class="hover:text-slate-900 hover:underline" href={`mailto:${email()}`}>{email()}</a>}</Show>
          </p>
        </div>
        <p class="flex items-center gap-2 text-xs text-slate-500">
          Powered by <Brand class="scale-75" />
        </p>
      </div>
    </footer>
  );
}

/** Signed in, but no contractor has linked this account to a customer record yet. */
function NotLinked(props: { email: string; onSignOut: () => void }) {
  return (
    <div class="flex min-h-dvh flex-col items-center justify-center gap-8 bg-slate-50 px-4 py-12" data-testid="portal-unlinked">
      <Brand />
      <div class="card w-full max-w-md p-6 sm:p-8">
        <h1 class="text-xl font-bold tracking-tight text-slate-900">Your portal is almost ready</h1>
        <p class="mt-3 text-sm text-slate-600">
          You are signed in as <span class="font-medium text-slate-900">{props.email}</span>, but no contractor has connected this address to your home yet.
        </p>
        <p class="mt-3 text-sm text-slate-600">
          Ask your contractor to send you an invitation to their client portal. Open the link in that email, or sign in here with an email link sent to the invited address, and your quotes, invoices, visits and equipment appear here.
        </p>
        <p class="mt-3 text-sm text-slate-600">Invited at a different address? Sign out and sign in with that one.</p>
        <button type="button" class="btn-secondary mt-6 w-full" onClick={() => props.onSignOut()} data-testid="portal-unlinked-sign-out">
          Sign out
        </button>
      </div>
    </div>
  );
}
