import { createSignal, For, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { ShellFailure, ShellLoading } from '../ShellStates';
import type { SupabaseClient } from '@supabase/supabase-js';
import Brand from '../Brand';
import ZButton from '../z/ZButton';
import ZPanel from '../z/ZPanel';
import { zPanelOpen } from '../z/zPanelState';
import { ApiError, errorMessage } from '../../lib/api';
import { listCorrections } from '../../lib/ops';
import { getSupabase, signOutOf } from '../../lib/supabase';
import { redirectToLogin } from '../../lib/navigation';
import { trackSessionContext } from '../../lib/zSession';

export type OpsSection = 'overview' | 'ai' | 'corrections' | 'knowledge' | 'pipelines' | 'tenants';

const SECTIONS: ReadonlyArray<{ id: OpsSection; label: string; href: string; icon: string }> = [
  { id: 'overview', label: 'Overview', href: '/ops/', icon: 'M3 13h8V3H3v10Zm10 8h8V11h-8v10ZM3 21h8v-6H3v6Zm10-18v6h8V3h-8Z' },
  { id: 'ai', label: 'AI', href: '/ops/ai/', icon: 'M9 3v2m6-2v2M9 19v2m6-2v2M3 9h2m-2 6h2m14-6h2m-2 6h2M7 5h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm3 5h4v4h-4v-4Z' },
  { id: 'corrections', label: 'Corrections', href: '/ops/corrections/', icon: 'm9 12 2 2 4-4m-3-7 7 4v5c0 4.5-3 8-7 9-4-1-7-4.5-7-9V7l7-4Z' },
  { id: 'knowledge', label: 'Knowledge', href: '/ops/knowledge/', icon: 'M4 19V5a2 2 0 0 1 2-2h14v14H6a2 2 0 0 0-2 2Zm0 0a2 2 0 0 0 2 2h14M9 7h7' },
  { id: 'pipelines', label: 'Pipelines', href: '/ops/pipelines/', icon: 'M4 5h6v4H4V5Zm10 10h6v4h-6v-4ZM7 9v4a2 2 0 0 0 2 2h5' },
  { id: 'tenants', label: 'Tenants', href: '/ops/tenants/', icon: 'M4 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16m0-12h2a2 2 0 0 1 2 2v10M8 7h4M8 11h4M8 15h4M3 21h18' },
];

/** What a page may tell the shell. */
export interface OpsShellActions {
  /** A review changed the pending corrections (−1 per review), for the badge in the navigation. */
  adjustPendingCorrections: (delta: number) => void;
}

type State =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'forbidden'; email: string }
  | { kind: 'ready'; email: string };

/**
 * The frame of every ops page. Signed out → the login page (it comes back here). Signed in,
 * the API decides who is staff: its 403 becomes the staff-only page and nothing else loads.
 * Staff get the navigation (with the pending corrections count), the page and Z's panel.
 */
export default function OpsShell(props: { section: OpsSection; children: (shell: OpsShellActions) => JSX.Element }) {
  const [state, setState] = createSignal<State>({ kind: 'loading', message: 'Checking your access…' });
  const [pending, setPending] = createSignal<number>();
  const [menuOpen, setMenuOpen] = createSignal(false);
  let supabase: SupabaseClient | undefined;
  let signingOut = false;

  const load = async () => {
    setState({ kind: 'loading', message: 'Checking your access…' });
    let email = '';
    try {
      supabase = await getSupabase();
      const { data } = await supabase.auth.getSession();
      if (!data.session) {
        setState({ kind: 'loading', message: 'Redirecting to sign in…' });
        redirectToLogin();
        return;
      }
      email = data.session.user.email ?? '';
      // The corrections queue doubles as the access check: one request, audited like every ops read.
      // Its topics count every correction (the list itself stops at 200).
      const queue = await listCorrections({ status: 'pending' });
      setPending(queue.topics.reduce((sum, topic) => sum + topic.pending, 0));
      setState({ kind: 'ready', email });
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) setState({ kind: 'forbidden', email });
      else if (!(error instanceof ApiError && error.status === 401)) setState({ kind: 'error', message: errorMessage(error) });
    }
  };

  let unsubscribe: (() => void) | undefined;
  onCleanup(() => unsubscribe?.());
  onMount(() => onCleanup(trackSessionContext()));
  onMount(async () => {
    await load();
    const { data } = supabase?.auth.onAuthStateChange((event) => {
      if (event === 'SIGNED_OUT' && !signingOut) window.location.replace('/login?next=/ops/');
    }) ?? { data: undefined };
    unsubscribe = () => data?.subscription.unsubscribe();
  });

  const signOut = async () => {
    signingOut = true;
    await signOutOf(supabase);
    window.location.replace('/login?next=/ops/');
  };

  const current = <K extends State['kind']>(kind: K) => {
    const value = state();
    return value.kind === kind ? (value as Extract<State, { kind: K }>) : undefined;
  };
  const actions: OpsShellActions = { adjustPendingCorrections: (delta) => setPending((count) => Math.max(0, (count ?? 0) + delta)) };

  return (
    <Switch>
      <Match when={current('loading')}>
        {(loading) => (
          <ShellLoading message={loading().message} testId="ops-loading" />
        )}
      </Match>
      <Match when={current('error')}>
        {(failure) => (
          <ShellFailure message={failure().message} onRetry={() => void load()} testId="ops-error" />
        )}
      </Match>
      <Match when={current('forbidden')}>
        {(forbidden) => <StaffOnly email={forbidden().email} onSignOut={() => void signOut()} />}
      </Match>
      <Match when={current('ready')}>
        {(ready) => (
          <div
            class={`min-h-dvh lg:pl-60 ${zPanelOpen() ? '2xl:pr-96' : ''}`}
            data-testid="ops-shell"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setMenuOpen(false);
            }}
          >
            <header class="sticky top-0 z-50 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 lg:hidden">
              <span class="flex items-center gap-2">
                <Brand />
                <OpsTag />
              </span>
              <div class="flex items-center gap-1">
                <ZButton variant="header" />
                <button type="button" class="btn-ghost" aria-expanded={menuOpen()} aria-controls="ops-sidebar" onClick={() => setMenuOpen(!menuOpen())} data-testid="ops-nav-toggle">
                  <svg viewBox="0 0 24 24" class="size-5" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
                    <path stroke-linecap="round" d={menuOpen() ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'} />
                  </svg>
                  Menu
                </button>
              </div>
            </header>
            <Show when={menuOpen()}>
              <div class="fixed inset-0 z-30 bg-slate-900/40 lg:hidden" aria-hidden="true" onClick={() => setMenuOpen(false)} />
            </Show>

            <aside
              id="ops-sidebar"
              class={`fixed top-14 bottom-0 left-0 z-40 flex w-60 flex-col bg-slate-950 text-slate-300 max-lg:transition-transform lg:top-0 lg:translate-x-0 ${
                menuOpen() ? 'translate-x-0' : 'invisible -translate-x-full lg:visible'
              }`}
            >
              <div class="hidden items-center gap-2 px-5 pt-5 pb-4 lg:flex">
                <a href="/ops/" aria-label="ZAFTO ops home">
                  <Brand inverted />
                </a>
                <OpsTag />
              </div>
              <nav class="flex-1 px-3 pt-3 lg:pt-0" aria-label="Ops" data-testid="ops-nav">
                <ul class="space-y-1">
                  <For each={SECTIONS}>
                    {(section) => (
                      <li>
                        <a
                          href={section.href}
                          class={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium ${
                            section.id === props.section ? 'bg-slate-800 text-white' : 'hover:bg-slate-800/60 hover:text-white'
                          }`}
                          aria-current={section.id === props.section ? 'page' : undefined}
                          data-testid={`ops-nav-${section.id}`}
                        >
                          <svg viewBox="0 0 24 24" class="size-5 shrink-0" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
                            <path d={section.icon} />
                          </svg>
                          <span class="flex-1">{section.label}</span>
                          <Show when={section.id === 'corrections' && (pending() ?? 0) > 0}>
                            <span class="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white tabular-nums" data-testid="ops-pending-badge">
                              {pending()}
                              <span class="sr-only"> pending</span>
                            </span>
                          </Show>
                        </a>
                      </li>
                    )}
                  </For>
                </ul>
              </nav>
              <div class="px-3 pb-3">
                <ZButton variant="sidebar" />
              </div>
              <div class="border-t border-slate-800 px-5 py-4">
                <p class="truncate text-sm text-white" data-testid="ops-user-email">
                  {ready().email}
                </p>
                <p class="text-xs text-slate-400">Platform staff</p>
                <button
                  type="button"
                  class="mt-3 w-full rounded-lg border border-slate-700 px-3 py-2 text-sm font-medium text-slate-200 hover:bg-slate-800"
                  onClick={() => void signOut()}
                  data-testid="ops-sign-out"
                >
                  Sign out
                </button>
              </div>
            </aside>

            <main class="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">{props.children(actions)}</main>
            <ZPanel platform="ops_portal" intro={<OpsZIntro />} subtitle="Your platform co-pilot" />
          </div>
        )}
      </Match>
    </Switch>
  );
}

function OpsTag() {
  return <span class="rounded bg-sky-500/15 px-1.5 py-0.5 text-[0.6875rem] font-semibold tracking-wide text-sky-600 uppercase lg:text-sky-300">Ops</span>;
}

function OpsZIntro() {
  return (
    <>
      <p>Ask about the platform — AI cost this week, which topics draw the most corrections, signups by trade, how the pipelines ran.</p>
      <p class="mt-2">Z answers from the same anonymous aggregates as these pages; every lookup is recorded in the audit log.</p>
    </>
  );
}

/** What a signed-in person without the ops role sees: the API refused them, so nothing loaded. */
function StaffOnly(props: { email: string; onSignOut: () => void }) {
  return (
    <div class="flex min-h-dvh flex-col items-center justify-center gap-8 bg-slate-50 px-4 py-12" data-testid="ops-forbidden">
      <a href="/" aria-label="ZAFTO home">
        <Brand />
      </a>
      <div class="card w-full max-w-md p-6 text-center sm:p-8">
        <h1 class="text-xl font-bold tracking-tight text-slate-900">This area is for ZAFTO platform staff.</h1>
        <p class="mt-3 text-sm text-slate-600">
          <Show when={props.email} fallback="Your account">
            You are signed in as <span class="font-medium text-slate-800">{props.email}</span>, which
          </Show>{' '}
          does not have access to the ops portal. If you run a contracting business, your workspace is in the CRM.
        </p>
        <div class="mt-6 flex flex-wrap justify-center gap-3">
          <a href="/" class="btn-secondary" data-testid="ops-forbidden-home">
            Go to the home page
          </a>
          <a href="/crm/" class="btn-primary">
            Open the CRM
          </a>
        </div>
        <button type="button" class="mt-4 text-sm font-medium text-slate-600 underline-offset-2 hover:underline" onClick={() => props.onSignOut()}>
          Sign in with another account
        </button>
      </div>
    </div>
  );
}
