import { createSignal, onMount, Show } from 'solid-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import SignInForm from './SignInForm';
import { errorMessage } from '../../lib/api';
import { safePortalNext } from '../../lib/portal';
import { getPublicConfig, getSupabase } from '../../lib/supabase';

/** Why a sign-in link brought the person back here instead of into the portal. */
const LINK_FAILURES: Record<string, string> = {
  otp_expired: 'That sign-in link has expired or was already used. Links work once, for one hour — ask for a new one below.',
};

/** `/portal/login/`: a homeowner signs in by email link or password, then goes back to `?next=`. */
export default function PortalLogin() {
  const [supabase, setSupabase] = createSignal<SupabaseClient>();
  const [mailbox, setMailbox] = createSignal<string | null>(null);
  const [error, setError] = createSignal('');
  const [linkProblem, setLinkProblem] = createSignal('');
  const [next, setNext] = createSignal('/portal/');

  onMount(async () => {
    const params = new URLSearchParams(window.location.search);
    setNext(safePortalNext(params.get('next')));
    const failure = params.get('link') ?? new URLSearchParams(window.location.hash.slice(1)).get('error_code');
    if (failure) setLinkProblem(LINK_FAILURES[failure] ?? 'That sign-in link did not work. Ask for a new one below.');
    try {
      const [client, config] = await Promise.all([getSupabase(), getPublicConfig()]);
      const { data } = await client.auth.getSession();
      if (data.session) {
        window.location.replace(next());
        return;
      }
      setMailbox(config.localMailboxUrl);
      setSupabase(client);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  });

  return (
    <div class="card w-full max-w-md p-6 sm:p-8">
      <h1 class="text-2xl font-bold tracking-tight text-slate-900" data-testid="portal-login-heading">
        Sign in to your home portal
      </h1>
      <p class="mt-2 text-sm text-slate-600">See your quotes, invoices, visits and equipment, and message your contractor.</p>
      <Show when={linkProblem()}>
        <div role="alert" class="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="portal-link-problem">
          {linkProblem()}
        </div>
      </Show>
      <Show when={error()}>
        <div role="alert" class="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {error()}
        </div>
      </Show>
      <Show when={supabase()} fallback={<Show when={!error()}><p class="mt-6 text-sm text-slate-500" aria-busy="true">Loading…</p></Show>}>
        {(client) => <SignInForm supabase={client()} next={next()} localMailboxUrl={mailbox()} intro="No password needed: we email you a link that signs you in." />}
      </Show>
      <p class="mt-6 border-t border-slate-200 pt-4 text-xs text-slate-500">
        New here? Your contractor sends you an invitation email: open its link, or sign in here with an email link to that address, and your portal is set up. Contractors sign in at{' '}
        <a href="/login" class="font-medium text-slate-700 underline underline-offset-2">
          the ZAFTO CRM
        </a>
        .
      </p>
    </div>
  );
}
