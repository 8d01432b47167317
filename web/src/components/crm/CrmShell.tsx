import { createSignal, For, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { ShellFailure, ShellLoading } from '../ShellStates';
import { createStore, reconcile, type SetStoreFunction } from 'solid-js/store';
import type { SupabaseClient } from '@supabase/supabase-js';
import Brand from '../Brand';
import Onboarding from './Onboarding';
import ZButton from '../z/ZButton';
import ZPanel from '../z/ZPanel';
import UnreadBadge from './messages/UnreadBadge';
import { zPanelOpen } from '../z/zPanelState';
import { api, errorMessage } from '../../lib/api';
import { getSupabase, signOutOf } from '../../lib/supabase';
import { redirectToLogin } from '../../lib/navigation';
import { trackSessionContext } from '../../lib/zSession';
import { ROLE_LABELS, type Company, type Me, type Role, type Workspace } from '../../lib/types';

export type Section = 'dashboard' | 'customers' | 'messages' | 'jobs' | 'bids' | 'invoices' | 'expenses' | 'time' | 'leads' | 'settings';

/** The sidebar, in order. `staffOnly` sections (money and the sales pipeline) are hidden from techs; the API refuses them too. */
const SECTIONS: ReadonlyArray<{ id: Section; label: string; href: string; icon: string; staffOnly?: boolean }> = [
  { id: 'dashboard', label: 'Dashboard', href: '/crm/', icon: 'M3 13h8V3H3v10Zm10 8h8V11h-8v10ZM3 21h8v-6H3v6Zm10-18v6h8V3h-8Z' },
  { id: 'customers', label: 'Customers', href: '/crm/customers/', icon: 'M16 7a4 4 0 1 1-8 0 4 4 0 0 1 8 0ZM4 20a8 8 0 0 1 16 0' },
  { id: 'messages', label: 'Messages', href: '/crm/messages/', icon: 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1.1-4.4A8 8 0 1 1 21 12Z', staffOnly: true },
  { id: 'jobs', label: 'Jobs', href: '/crm/jobs/', icon: 'M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.5-.5-.5-2.5 2.5-2.5Z' },
  { id: 'bids', label: 'Bids', href: '/crm/bids/', icon: 'M9 12h6m-6 4h6M7 3h7l5 5v13H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z', staffOnly: true },
  { id: 'invoices', label: 'Invoices', href: '/crm/invoices/', icon: 'M6 2h12v20l-3-2-3 2-3-2-3 2V2Zm4 6h4m-4 4h4', staffOnly: true },
  { id: 'expenses', label: 'Expenses', href: '/crm/expenses/', icon: 'M3 7h18v12H3V7Zm0 4h18M7 15h3' },
  { id: 'time', label: 'Time clock', href: '/crm/time/', icon: 'M12 7v5l3 3m6-3a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z' },
  { id: 'leads', label: 'Leads', href: '/crm/leads/', icon: 'M3 4h18l-7 9v6l-4 2v-8L3 4Z', staffOnly: true },
  { id: 'settings', label: 'Settings', href: '/crm/settings/', icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.4 7.4 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.4a7.4 7.4 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1a7.4 7.4 0 0 0 2.2 1.3l.4 2.4h4l.4-2.4a7.4 7.4 0 0 0 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3Z' },
];

type State =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'onboarding'; me: Me }
  | { kind: 'ready'; workspace: Workspace; update: SetStoreFunction<Workspace> };

/** What a section may tell the shell, so the sidebar and every section stay in step without a reload. */
export interface ShellActions {
  /** The company after a save (its name shows in the sidebar). */
  companyChanged: (company: Company) => void;
  /** The signed-in user's new role, after they changed their own. */
  roleChanged: (role: Role) => void;
}

interface CrmShellProps {
  section: Section;
  /** `workspace` is a store: sections read it reactively and see the changes made through `shell`. */
  children: (workspace: Workspace, shell: ShellActions) => JSX.Element;
}

/**
 * The signed-in frame of every CRM page: checks the session, loads who the user is
 * (`/me`), sends users without a company through onboarding, and lays out the navigation.
 */
export default function CrmShell(props: CrmShellProps) {
  const [state, setState] = createSignal<State>({ kind: 'loading', message: 'Loading your workspace…' });
  const [menuOpen, setMenuOpen] = createSignal(false);
  let supabase: SupabaseClient | undefined;
  let signingOut = false;

  const load = async () => {
    setState({ kind: 'loading', message: 'Loading your workspace…' });
    try {
      supabase = await getSupabase();
      const { data } = await supabase.auth.getSession();
      if (!data.session) {
        setState({ kind: 'loading', message: 'Redirecting to sign in…' });
        redirectToLogin();
        return;
      }
      const me = await api<Me>('/me');
      if (me.company && me.role) {
        const [workspace, update] = createStore<Workspace>({ user: me.user, company: me.company, role: me.role });
        setState({ kind: 'ready', workspace, update });
      } else setState({ kind: 'onboarding', me });
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  };

  let unsubscribe: (() => void) | undefined;
  onCleanup(() => unsubscribe?.());
  // Z's session context follows every CRM page the user opens.
  onMount(() => onCleanup(trackSessionContext()));
  onMount(async () => {
    await load();
    // Signing out in another tab ends this page's session too.
    const { data } = supabase?.auth.onAuthStateChange((event) => {
      if (event === 'SIGNED_OUT' && !signingOut) window.location.replace('/login');
    }) ?? { data: undefined };
    unsubscribe = () => data?.subscription.unsubscribe();
  });

  const loadingMessage = () => {
    const current = state();
    return current.kind === 'loading' ? current.message : undefined;
  };
  const failure = () => {
    const current = state();
    return current.kind === 'error' ? current.message : undefined;
  };
  const newUser = () => {
    const current = state();
    return current.kind === 'onboarding' ? current.me : undefined;
  };
  const ready = () => {
    const current = state();
    return current.kind === 'ready' ? current : undefined;
  };
  const shell: ShellActions = {
    companyChanged: (company) => ready()?.update('company', reconcile(company)),
    roleChanged: (role) => ready()?.update('role', role),
  };

  const signOut = async () => {
    signingOut = true;
    await signOutOf(supabase);
    window.location.replace('/login');
  };

  return (
    <Switch>
      <Match when={loadingMessage()}>
        {(message) => (
          <ShellLoading message={message()} testId="crm-loading" />
        )}
      </Match>
      <Match when={failure()}>
        {(message) => (
          <ShellFailure message={message()} onRetry={() => void load()} testId="crm-error" />
        )}
      </Match>
      <Match when={newUser()}>
        {(me) => (
          <Onboarding me={me()} onCreated={() => void load()} onSignOut={() => void signOut()} />
        )}
      </Match>
      <Match when={ready()?.workspace}>
        {(workspace) => (
            <div
              class={`min-h-dvh lg:pl-64 ${zPanelOpen() ? '2xl:pr-96' : ''}`}
              data-testid="crm-shell"
              onKeyDown={(event) => {
                if (event.key === 'Escape') setMenuOpen(false);
              }}
            >
              <header class="sticky top-0 z-50 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 lg:hidden">
                <Brand />
                <div class="flex items-center gap-1">
                  <ZButton variant="header" />
                  <button
                    type="button"
                    class="btn-ghost"
                    aria-expanded={menuOpen()}
                    aria-controls="crm-sidebar"
                    onClick={() => setMenuOpen(!menuOpen())}
                    data-testid="nav-toggle"
                  >
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
                id="crm-sidebar"
                class={`fixed top-14 bottom-0 left-0 z-40 flex w-64 flex-col bg-slate-900 text-slate-300 transition-transform lg:top-0 lg:translate-x-0 ${
                  menuOpen() ? 'translate-x-0' : 'invisible -translate-x-full lg:visible'
                }`}
              >
                <div class="px-5 pt-5 pb-4">
                  <a href="/crm/" class="hidden lg:block" aria-label="ZAFTO CRM home">
                    <Brand inverted />
                  </a>
                  <p class="truncate text-sm font-medium text-white lg:mt-4" data-testid="shell-company-name">
                    {workspace().company.name}
                  </p>
                </div>
                <nav class="flex-1 px-3" aria-label="CRM" data-testid="crm-nav">
                  <ul class="space-y-1">
                    <For each={SECTIONS.filter((section) => !section.staffOnly || workspace().role !== 'tech')}>
                      {(section) => (
                        <li>
                          <a
                            href={section.href}
                            class={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium ${
                              section.id === props.section ? 'bg-slate-800 text-white' : 'hover:bg-slate-800/60 hover:text-white'
                            }`}
                            aria-current={section.id === props.section ? 'page' : undefined}
                            data-testid={`nav-${section.id}`}
                          >
                            <svg viewBox="0 0 24 24" class="size-5 shrink-0" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
                              <path d={section.icon} />
                            </svg>
                            {section.label}
                            <Show when={section.id === 'messages'}>
                              <UnreadBadge />
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
                  <p class="truncate text-sm text-white" data-testid="shell-user-email">
                    {workspace().user.email}
                  </p>
                  <p class="text-xs text-slate-400" data-testid="shell-role">
                    {ROLE_LABELS[workspace().role]}
                  </p>
                  <button
                    type="button"
                    class="mt-3 w-full rounded-lg border border-slate-700 px-3 py-2 text-sm font-medium text-slate-200 hover:bg-slate-800"
                    onClick={() => void signOut()}
                    data-testid="sign-out"
                  >
                    Sign out
                  </button>
                </div>
              </aside>

              <main class="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">{props.children(workspace(), shell)}</main>
              <ZPanel />
            </div>
        )}
      </Match>
    </Switch>
  );
}
