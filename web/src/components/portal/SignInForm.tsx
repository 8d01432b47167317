import { createSignal, onCleanup, Show } from 'solid-js';
import type { AuthError, SupabaseClient } from '@supabase/supabase-js';
import { errorMessage } from '../../lib/api';
import { isEmail } from '../../lib/forms';

interface SignInFormProps {
  supabase: SupabaseClient;
  /** The page to come back to (same site), from the email link or after a password. */
  next: string;
  /** The embedded server's local mailbox, when no email leaves the machine. */
  localMailboxUrl: string | null;
  /** What the form is for, under the heading. */
  intro: string;
}

/** `For security purposes, you can only request this after 42 seconds.` → 42. */
function retryAfterSeconds(error: unknown): number | null {
  const status = (error as Partial<AuthError> | undefined)?.status;
  if (status !== 429) return null;
  const match = /(\d+)\s*seconds?/i.exec(errorMessage(error));
  return match ? Number(match[1]) : 60;
}

/** What a failed sign-in says, in words a homeowner can act on. */
function describeAuthError(error: unknown, mode: 'link' | 'password'): string {
  const message = errorMessage(error);
  if (mode === 'password' && /invalid login credentials/i.test(message)) {
    return 'That email and password do not match. Try again, or email yourself a sign-in link instead.';
  }
  if (/signups not allowed/i.test(message)) return 'There is no account for that address. Use the address your contractor invited.';
  return message;
}

/**
 * A homeowner's sign-in: an email link (supabase-js `signInWithOtp`, coming back to `next`) or
 * a password. After sending, says where the link went and, on the embedded server, links the
 * local mailbox.
 */
export default function SignInForm(props: SignInFormProps) {
  const [mode, setMode] = createSignal<'link' | 'password'>('link');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [fieldError, setFieldError] = createSignal<{ email?: string; password?: string }>({});
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [sentTo, setSentTo] = createSignal<string>();
  const [wait, setWait] = createSignal(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));

  const startCountdown = (seconds: number) => {
    clearInterval(timer);
    setWait(seconds);
    timer = setInterval(() => {
      setWait((left) => Math.max(0, left - 1));
      if (wait() === 0) clearInterval(timer);
    }, 1000);
  };

  const validate = () => {
    const errors: { email?: string; password?: string } = {};
    const address = email().trim();
    if (!address) errors.email = 'Enter your email address.';
    else if (!isEmail(address)) errors.email = 'Enter a valid email address, like name@example.com.';
    if (mode() === 'password' && !password()) errors.password = 'Enter your password.';
    setFieldError(errors);
    return Object.keys(errors).length === 0;
  };

  const sendLink = async (address: string) => {
    const { error: authError } = await props.supabase.auth.signInWithOtp({
      email: address,
      options: { emailRedirectTo: new URL(props.next, window.location.origin).href, shouldCreateUser: true },
    });
    if (authError) throw authError;
    setSentTo(address);
    // The server allows one link a minute: say so before the person tries.
    startCountdown(60);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy() || !validate()) return;
    setError('');
    setBusy(true);
    const address = email().trim();
    try {
      if (mode() === 'link') await sendLink(address);
      else {
        const { error: authError } = await props.supabase.auth.signInWithPassword({ email: address, password: password() });
        if (authError) throw authError;
        window.location.assign(props.next);
        return;
      }
    } catch (cause) {
      const seconds = retryAfterSeconds(cause);
      if (seconds !== null) {
        startCountdown(seconds);
        setError(`You asked for a link a moment ago. Wait ${seconds} seconds, then ask again — or open the link already sent.`);
      } else setError(describeAuthError(cause, mode()));
    }
    setBusy(false);
  };

  const resend = async () => {
    const address = sentTo();
    if (!address || busy() || wait() > 0) return;
    setError('');
    setBusy(true);
    try {
      await sendLink(address);
    } catch (cause) {
      const seconds = retryAfterSeconds(cause);
      if (seconds !== null) startCountdown(seconds);
      setError(seconds !== null ? `Wait ${seconds} seconds before asking for another link.` : describeAuthError(cause, 'link'));
    }
    setBusy(false);
  };

  const [code, setCode] = createSignal('');
  const verifyCode = async (event: SubmitEvent) => {
    event.preventDefault();
    const address = sentTo();
    if (!address || busy()) return;
    if (!/^\d{6}$/.test(code().trim())) {
      setError('Enter the 6 digits from the email.');
      return;
    }
    setError('');
    setBusy(true);
    const { error: authError } = await props.supabase.auth.verifyOtp({ email: address, token: code().trim(), type: 'email' });
    if (!authError) {
      window.location.assign(props.next);
      return;
    }
    setError(/expired|invalid/i.test(authError.message) ? 'That code is wrong or has expired. Check the newest email, or send another link.' : errorMessage(authError));
    setBusy(false);
  };

  const mailboxHref = () => {
    const address = sentTo() ?? email().trim();
    return props.localMailboxUrl ? `${props.localMailboxUrl}?email=${encodeURIComponent(address)}` : undefined;
  };

  return (
    <div data-testid="portal-sign-in">
      <Show when={error()}>
        <div role="alert" class="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="portal-login-error">
          {error()}
        </div>
      </Show>
      <Show
        when={sentTo()}
        fallback={
          <form class="mt-5 space-y-5" novalidate onSubmit={(event) => void submit(event)} aria-busy={busy()} data-testid="portal-login-form">
            <p class="text-sm text-slate-600">{mode() === 'link' ? props.intro : 'Sign in with the password you set for your portal.'}</p>
            <div>
              <label for="portal-email" class="field-label">
                Email
              </label>
              <input
                id="portal-email"
                type="email"
                autocomplete="email"
                inputmode="email"
                class="field-input h-11 text-base sm:text-sm"
                value={email()}
                onInput={(event) => setEmail(event.currentTarget.value)}
                aria-invalid={Boolean(fieldError().email)}
                aria-describedby={fieldError().email ? 'portal-email-error' : undefined}
                data-testid="portal-email"
              />
              <Show when={fieldError().email}>
                <p id="portal-email-error" class="field-error">
                  {fieldError().email}
                </p>
              </Show>
            </div>
            <Show when={mode() === 'password'}>
              <div>
                <label for="portal-password" class="field-label">
                  Password
                </label>
                <input
                  id="portal-password"
                  type="password"
                  autocomplete="current-password"
                  class="field-input h-11 text-base sm:text-sm"
                  value={password()}
                  onInput={(event) => setPassword(event.currentTarget.value)}
                  aria-invalid={Boolean(fieldError().password)}
                  aria-describedby={fieldError().password ? 'portal-password-error' : undefined}
                  data-testid="portal-password"
                />
                <Show when={fieldError().password}>
                  <p id="portal-password-error" class="field-error">
                    {fieldError().password}
                  </p>
                </Show>
              </div>
            </Show>
            <button type="submit" class="btn-primary w-full py-3 text-base sm:text-sm" disabled={busy() || (mode() === 'link' && wait() > 0)} data-testid="portal-login-submit">
              {mode() === 'link' ? (busy() ? 'Sending…' : wait() > 0 ? `Email me a sign-in link (${wait()}s)` : 'Email me a sign-in link') : busy() ? 'Signing in…' : 'Sign in'}
            </button>
            <p class="text-center text-sm text-slate-600">
              <button
                type="button"
                class="rounded link focus-visible:outline-2 focus-visible:outline-brand-600"
                onClick={() => {
                  setMode(mode() === 'link' ? 'password' : 'link');
                  setError('');
                  setFieldError({});
                }}
                data-testid="portal-login-mode"
              >
                {mode() === 'link' ? 'Use a password instead' : 'Email me a sign-in link instead'}
              </button>
            </p>
          </form>
        }
      >
        {(address) => (
          <div class="mt-5 space-y-4" role="status" data-testid="portal-link-sent">
            <div class="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
              <p class="font-semibold">Check your email</p>
              <p class="mt-1">
                We sent a sign-in link to <span class="font-medium break-all">{address()}</span>. Open it on this device; it works once, for one hour. The email also has a 6-digit code.
              </p>
            </div>
            <Show when={mailboxHref()}>
              {(href) => (
                <p class="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
                  No email leaves this machine —{' '}
                  <a href={href()} class="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800" data-testid="portal-local-mailbox">
                    open the local mailbox
                  </a>
                  .
                </p>
              )}
            </Show>
            <form class="flex flex-wrap items-end gap-2" novalidate onSubmit={(event) => void verifyCode(event)} data-testid="portal-code-form">
              <div class="min-w-0 flex-1">
                <label for="portal-code" class="field-label">
                  Or enter the 6-digit code
                </label>
                <input
                  id="portal-code"
                  class="field-input h-11 text-base tracking-widest sm:text-sm"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxLength={6}
                  value={code()}
                  onInput={(event) => setCode(event.currentTarget.value)}
                  data-testid="portal-code"
                />
              </div>
              <button type="submit" class="btn-primary h-11" disabled={busy()} data-testid="portal-code-submit">
                Sign in
              </button>
            </form>
            <div class="flex flex-wrap gap-2">
              <button type="button" class="btn-secondary" disabled={busy() || wait() > 0} onClick={() => void resend()} data-testid="portal-resend">
                {wait() > 0 ? `Send another link in ${wait()}s` : 'Send another link'}
              </button>
              <button
                type="button"
                class="btn-ghost"
                onClick={() => {
                  setSentTo(undefined);
                  setError('');
                  clearInterval(timer);
                  setWait(0);
                }}
              >
                Use a different email
              </button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}
