import { createSignal, For, Match, onCleanup, onMount, Show, Switch, type JSX } from 'solid-js';
import { createStore, reconcile, type SetStoreFunction } from 'solid-js/store';
import type { SupabaseClient } from '@supabase/supabase-js';
import Brand from '../Brand';
import Onboarding from './Onboarding';
import { ErrorBanner } from './Notice';
import { api, errorMessage } from '../../lib/api';
import { getSupabase } from '../../lib/supabase';
import { redirectToLogin } from '../../lib/navigation';
import { ROLE_LABELS, type Company, type Me, type Role, type Workspace } from '../../lib/types';

export type Section = 'customers' | 'team' | 'company';

const SECTIONS: ReadonlyArray<{ id: Section; label: string; href: string; icon: string }> = [
  { id: 'customers', label: 'Customers', href: '/crm/', icon: 'M16 7a4 4 0 1 1-8 0 4 4 0 0 1 8 0ZM4 20a8 8 0 0 1 16 0' },
  { id: 'team', label: 'Team', href: '/crm/team/', icon: 'M9 7a3 3 0 1 1-6 0 3 3 0 0 1 6 0Zm12 0a3 3 0 1 1-6 0 3 3 0 0 1 6 0ZM1 19a5 5 0 0 1 10 0m2 0a5 5 0 0 1 10 0' },
  { id: 'company', label: 'Company', href: '/crm/company/', icon: 'M4 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16m0-10h2a2 2 0 0 1 2 2v8M8 7h4m-4 4h4m-4 4h4M2 21h20' },
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
    if (supabase) {
      const { error } = await supabase.auth.signOut();
      if (error) await supabase.auth.signOut({ scope: 'local' });
    }
    window.location.replace('/login');
  };

  return (
    <Switch>
      <Match when={loadingMessage()}>
        {(message) => (
          <div class="flex min-h-dvh items-center justify-center" data-testid="crm-loading" aria-busy="true">
            <div class="flex items-center gap-3 text-sm text-slate-600">
              <span class="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
              {message()}
            </div>
          </div>
        )}
      </Match>
      <Match when={failure()}>
        {(message) => (
          <div class="flex min-h-dvh flex-col items-center justify-center gap-6 px-4" data-testid="crm-error">
            <Brand />
            <div class="w-full max-w-lg">
              <ErrorBanner message={message()} onRetry={() => void load()} />
            </div>
          </div>
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
              class="min-h-dvh lg:pl-64"
              data-testid="crm-shell"
              onKeyDown={(event) => {
                if (event.key === 'Escape') setMenuOpen(false);
              }}
            >
              <header class="sticky top-0 z-50 flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 lg:hidden">
                <Brand />
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
                    <For each={SECTIONS}>
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
                          </a>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
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
            </div>
        )}
      </Match>
    </Switch>
  );
}
