import { createSignal, onMount, Show } from 'solid-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import { getSupabase } from '../lib/supabase';
import { errorMessage } from '../lib/api';
import { isEmail } from '../lib/forms';
import { landingFor } from '../lib/navigation';

type Mode = 'signin' | 'signup';

const MIN_PASSWORD_LENGTH = 8;

/** Email + password sign-in and sign-up through supabase-js; the only login flow of the web. */
export default function LoginForm() {
  const [mode, setMode] = createSignal<Mode>('signin');
  // Uncontrolled inputs: people can type before the island hydrates, so read the DOM on submit.
  let emailInput!: HTMLInputElement;
  let passwordInput!: HTMLInputElement;
  const [fieldErrors, setFieldErrors] = createSignal<{ email?: string; password?: string }>({});
  const [error, setError] = createSignal('');
  const [notice, setNotice] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [supabase, setSupabase] = createSignal<SupabaseClient>();
  let askedNext: string | null = null;

  onMount(async () => {
    const params = new URLSearchParams(window.location.search);
    askedNext = params.get('next');
    if (params.get('mode') === 'signup') setMode('signup');
    try {
      const client = await getSupabase();
      const { data } = await client.auth.getSession();
      if (data.session) {
        window.location.replace(landingFor(data.session.user, askedNext));
        return;
      }
      setSupabase(client);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  });

  const switchMode = () => {
    setMode(mode() === 'signin' ? 'signup' : 'signin');
    setError('');
    setNotice('');
    setFieldErrors({});
  };

  const validate = (email: string, password: string) => {
    const errors: { email?: string; password?: string } = {};
    if (!email) errors.email = 'Enter your email address.';
    else if (!isEmail(email)) errors.email = 'Enter a valid email address, like name@example.com.';
    if (!password) errors.password = 'Enter your password.';
    else if (mode() === 'signup' && password.length < MIN_PASSWORD_LENGTH) {
      errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
    }
    setFieldErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const client = supabase();
    if (!client || busy()) return;
    setError('');
    setNotice('');
    const credentials = { email: emailInput.value.trim(), password: passwordInput.value };
    if (!validate(credentials.email, credentials.password)) return;
    setBusy(true);
    try {
      if (mode() === 'signin') {
        const { data, error: authError } = await client.auth.signInWithPassword(credentials);
        if (authError) throw authError;
        window.location.assign(landingFor(data.user, askedNext));
        return;
      }
      const { data, error: authError } = await client.auth.signUp(credentials);
      if (authError) throw authError;
      if (data.session) {
        window.location.assign(landingFor(data.user, askedNext));
        return;
      }
      setMode('signin');
      passwordInput.value = '';
      setNotice('Check your inbox and confirm your email address, then sign in.');
    } catch (cause) {
      setError(errorMessage(cause));
    }
    setBusy(false);
  };

  const isSignUp = () => mode() === 'signup';

  return (
    <div class="card w-full max-w-md p-6 sm:p-8">
      <h1 class="text-2xl font-bold tracking-tight text-slate-900" data-testid="login-heading">
        {isSignUp() ? 'Create your ZAFTO account' : 'Sign in to ZAFTO'}
      </h1>
      <p class="mt-2 text-sm text-slate-600">
        {isSignUp()
          ? 'Start with your work email. You will set up your company next.'
          : 'Welcome back. Sign in with your email and password.'}
      </p>

      <form class="mt-6 space-y-5" novalidate onSubmit={submit} data-testid="login-form" aria-busy={busy()}>
        <Show when={error()}>
          <div role="alert" class="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="login-error">
            {error()}
          </div>
        </Show>
        <Show when={notice()}>
          <div role="status" class="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="login-notice">
            {notice()}
          </div>
        </Show>

        <div>
          <label for="login-email" class="field-label">Email</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autocomplete="email"
            class="field-input"
            ref={emailInput}
            aria-invalid={Boolean(fieldErrors().email)}
            aria-describedby={fieldErrors().email ? 'login-email-error' : undefined}
            data-testid="login-email"
          />
          <Show when={fieldErrors().email}>
            <p id="login-email-error" class="field-error">{fieldErrors().email}</p>
          </Show>
        </div>

        <div>
          <label for="login-password" class="field-label">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete={isSignUp() ? 'new-password' : 'current-password'}
            class="field-input"
            ref={passwordInput}
            aria-invalid={Boolean(fieldErrors().password)}
            aria-describedby={fieldErrors().password ? 'login-password-error' : isSignUp() ? 'login-password-hint' : undefined}
            data-testid="login-password"
          />
          <Show when={fieldErrors().password}>
            <p id="login-password-error" class="field-error">{fieldErrors().password}</p>
          </Show>
          <Show when={isSignUp() && !fieldErrors().password}>
            <p id="login-password-hint" class="mt-1 text-xs text-slate-500">At least {MIN_PASSWORD_LENGTH} characters.</p>
          </Show>
        </div>

        <button type="submit" class="btn-primary w-full py-2.5" disabled={!supabase() || busy()} data-testid="login-submit">
          {busy() ? (isSignUp() ? 'Creating account…' : 'Signing in…') : isSignUp() ? 'Create account' : 'Sign in'}
        </button>
      </form>

      <p class="mt-6 text-center text-sm text-slate-600">
        {isSignUp() ? 'Already have an account?' : 'New to ZAFTO?'}{' '}
        <button type="button" class="link" onClick={switchMode} data-testid="login-mode-toggle">
          {isSignUp() ? 'Sign in instead' : 'Create an account'}
        </button>
      </p>
    </div>
  );
}
