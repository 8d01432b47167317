import { createSignal, Match, onMount, Show, Switch } from 'solid-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import SignInForm from './SignInForm';
import { api, ApiError, errorMessage } from '../../lib/api';
import { portalHref, rememberRelationship } from '../../lib/portal';
import { getPublicConfig, getSupabase } from '../../lib/supabase';

type State =
  | { kind: 'loading' }
  | { kind: 'no-invite' }
  | { kind: 'signed-out'; supabase: SupabaseClient; mailbox: string | null }
  | { kind: 'claiming'; email: string }
  | { kind: 'joined'; companyName: string }
  | { kind: 'failed'; status: number; message: string; email: string };

/** What to do after a claim the API refused, by its status. */
function nextStep(status: number): string {
  if (status === 404) return 'Check that you opened the whole link from the email. If it still does not work, ask your contractor to send a new invitation.';
  if (status === 409 || status === 410) return 'Ask your contractor to send you a new invitation; its link will work.';
  if (status === 403) return 'Sign out, then sign in with the address the invitation was sent to.';
  return 'Try again in a moment.';
}

/**
 * `/portal/join/?invite=TOKEN`: the link in a contractor's invitation email. Signed out, the
 * homeowner signs in (the email link comes back here); signed in, the invitation is claimed
 * (`POST /portal/claim`) and the portal opens on that contractor.
 */
export default function PortalJoin() {
  const [state, setState] = createSignal<State>({ kind: 'loading' });
  const token = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search).get('invite')?.trim() ?? '';
  let supabase: SupabaseClient | undefined;

  const claim = async (email: string) => {
    setState({ kind: 'claiming', email });
    try {
      const joined = await api<{ customerId: string; companyName: string }>('/portal/claim', { method: 'POST', body: { token } });
      rememberRelationship(joined.customerId);
      setState({ kind: 'joined', companyName: joined.companyName });
      window.location.replace(portalHref('/portal/', joined.customerId));
    } catch (cause) {
      setState({ kind: 'failed', status: cause instanceof ApiError ? cause.status : 0, message: errorMessage(cause), email });
    }
  };

  const start = async () => {
    if (!token) {
      setState({ kind: 'no-invite' });
      return;
    }
    try {
      supabase = await getSupabase();
      const [{ data }, config] = await Promise.all([supabase.auth.getSession(), getPublicConfig()]);
      if (data.session) await claim(data.session.user.email ?? '');
      else setState({ kind: 'signed-out', supabase, mailbox: config.localMailboxUrl });
    } catch (cause) {
      setState({ kind: 'failed', status: 0, message: errorMessage(cause), email: '' });
    }
  };

  const signOut = async () => {
    if (supabase) {
      const { error } = await supabase.auth.signOut();
      if (error) await supabase.auth.signOut({ scope: 'local' });
    }
    await start();
  };

  onMount(() => void start());

  const signedOut = () => {
    const current = state();
    return current.kind === 'signed-out' ? current : undefined;
  };
  const failed = () => {
    const current = state();
    return current.kind === 'failed' ? current : undefined;
  };
  const busyText = () => {
    const current = state();
    if (current.kind === 'loading') return 'Opening your invitation…';
    if (current.kind === 'claiming') return 'Connecting your account…';
    if (current.kind === 'joined') return `Connected to ${current.companyName}. Opening your portal…`;
    return undefined;
  };

  return (
    <div class="card w-full max-w-md p-6 sm:p-8" data-testid="portal-join">
      <h1 class="text-2xl font-bold tracking-tight text-slate-900">You’re invited to your home portal</h1>
      <p class="mt-2 text-sm text-slate-600">
        Your contractor uses ZAFTO to share your quotes, invoices, upcoming visits and equipment with you. Approve quotes, message them and ask for service in one place.
      </p>
      <Switch>
        <Match when={busyText()}>
          {(text) => (
            <p class="mt-6 flex items-center gap-3 text-sm text-slate-600" role="status" aria-busy="true" data-testid="portal-join-busy">
              <span class="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
              {text()}
            </p>
          )}
        </Match>
        <Match when={state().kind === 'no-invite'}>
          <div role="alert" class="mt-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="portal-join-error">
            This page needs the link from your invitation email. Open the email and tap its link, or ask your contractor to send the invitation again.
          </div>
        </Match>
        <Match when={signedOut()}>
          {(current) => (
            <>
              <h2 class="mt-6 text-base font-semibold text-slate-900">First, sign in</h2>
              <SignInForm
                supabase={current().supabase}
                next={window.location.pathname + window.location.search}
                localMailboxUrl={current().mailbox}
                intro="Use the email address the invitation was sent to. We email you a link that brings you back here, signed in."
              />
            </>
          )}
        </Match>
        <Match when={failed()}>
          {(current) => (
            <div class="mt-6 space-y-4">
              <div role="alert" class="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="portal-join-error" data-status={current().status}>
                <p class="font-medium">{current().message}</p>
                {/* The API's messages often say what to do already; add the next step only when it does not. */}
                <Show when={!/ask your contractor|sign in with|sign out/i.test(current().message)}>
                  <p class="mt-1">{nextStep(current().status)}</p>
                </Show>
              </div>
              <Show when={current().email}>
                <p class="text-xs text-slate-500">Signed in as {current().email}.</p>
              </Show>
              <div class="flex flex-wrap gap-2">
                <Show when={current().status === 403}>
                  <button type="button" class="btn-primary" onClick={() => void signOut()} data-testid="portal-join-sign-out">
                    Sign out
                  </button>
                </Show>
                <Show when={current().status === 0 || current().status >= 500}>
                  <button type="button" class="btn-primary" onClick={() => void start()}>
                    Try again
                  </button>
                </Show>
                <a class="btn-secondary" href="/portal/">
                  Go to my portal
                </a>
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
