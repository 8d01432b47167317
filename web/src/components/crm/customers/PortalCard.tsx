import { createSignal, For, Match, Show, Switch } from 'solid-js';
import ActionDialog from '../ActionDialog';
import { TextField, FormError } from '../fields';
import LoadStatus from '../LoadStatus';
import StatusBadge, { type StatusTones } from '../StatusBadge';
import { api } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { checkOptionalEmail } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
import { createLoader } from '../../../lib/loader';
import type { Customer } from '../../../lib/types';

type InvitationStatus = 'pending' | 'claimed' | 'expired' | 'revoked';

interface Invitation {
  id: string;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  claimedAt: string | null;
}

/** `GET /customers/{id}/portal-invites`. */
interface PortalAccess {
  linked: boolean;
  linkedEmail: string | null;
  items: Invitation[];
}

const TONES: StatusTones = {
  pending: 'bg-sky-50 text-sky-700 ring-sky-200',
  claimed: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  expired: 'bg-slate-100 text-slate-600 ring-slate-200',
  revoked: 'bg-slate-100 text-slate-600 ring-slate-200',
};
const LABELS: Record<InvitationStatus, string> = { pending: 'Pending', claimed: 'Joined', expired: 'Expired', revoked: 'Revoked' };

function invitationDetail(invitation: Invitation): string {
  const sent = `Sent ${formatDate(invitation.createdAt)}`;
  if (invitation.status === 'pending') return `${sent} · link works until ${formatDate(invitation.expiresAt)}`;
  if (invitation.status === 'claimed') return `${sent} · joined ${formatDate(invitation.claimedAt)}`;
  if (invitation.status === 'expired') return `${sent} · expired ${formatDate(invitation.expiresAt)}`;
  return `${sent} · revoked`;
}

/**
 * Whether the customer can use the client portal, and the invitations that give them access:
 * invite (an emailed link that works once, for 14 days), see what became of each, revoke a
 * pending one. For owners, admins and the office; the API refuses techs.
 */
export default function PortalCard(props: { customer: Customer; onNotice: (message: string) => void }) {
  const path = () => `/customers/${encodeURIComponent(props.customer.id)}`;
  const access = createLoader(path, (base, signal) => api<PortalAccess>(`${base}/portal-invites`, { signal }));
  const [inviting, setInviting] = createSignal(false);
  const [revoking, setRevoking] = createSignal<Invitation>();
  const pending = () => access.data()?.items.find((invitation) => invitation.status === 'pending');

  const form = createFormState({ email: props.customer.email ?? '' }, { clearOnInput: true });
  const openForm = () => {
    form.set({ email: pending()?.email ?? access.data()?.linkedEmail ?? props.customer.email ?? '' });
    form.setErrors({});
    form.setFormError('');
    setInviting(true);
  };
  const invite = form.onSubmit(async () => {
    const email = form.values().email.trim();
    if (!form.check({ email: email ? checkOptionalEmail(email) : 'Enter the email address they will sign in with.' })) return;
    const sent = await form.save(() => api<Invitation>(`${path()}/portal-invite`, { method: 'POST', body: { email } }), ['email'], { serverMessage: true });
    if (!sent) return;
    form.setSaving(false);
    setInviting(false);
    props.onNotice(`Invitation sent to ${sent.email}.`);
    await access.reload();
  });

  const revoke = async () => {
    const invitation = revoking();
    if (!invitation) return;
    await api<void>(`${path()}/portal-invites/${encodeURIComponent(invitation.id)}`, { method: 'DELETE' });
    setRevoking(undefined);
    props.onNotice(`Invitation to ${invitation.email} revoked.`);
    await access.reload();
  };

  return (
    <section class="card" aria-labelledby="portal-heading" data-testid="customer-portal">
      <div class="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id="portal-heading" class="text-base font-semibold text-slate-900">
          Client portal
        </h2>
        <Show when={access.data()}>
          {(data) => (
            <Switch>
              <Match when={data().linked}>
                <StatusBadge status="claimed" tones={TONES} label="Linked" testId="portal-status" />
              </Match>
              <Match when={pending()}>
                <StatusBadge status="pending" tones={TONES} label="Invited" testId="portal-status" />
              </Match>
              <Match when={true}>
                <StatusBadge status="expired" tones={TONES} label="Not linked" testId="portal-status" />
              </Match>
            </Switch>
          )}
        </Show>
      </div>
      <LoadStatus loader={access} errorClass="p-4" errorTestId="portal-error">
        <p class="px-5 py-4 text-sm text-slate-500" aria-busy="true">
          Loading portal access…
        </p>
      </LoadStatus>
      <Show when={access.data()}>
        {(data) => (
          <div class="space-y-4 px-5 py-4 text-sm">
            <Show
              when={data().linked}
              fallback={
                <p class="text-slate-600" data-testid="portal-summary">
                  Invite {props.customer.name} to see their quotes, invoices, equipment and visits online, approve quotes with a signature and message you.
                </p>
              }
            >
              <p class="text-slate-600" data-testid="portal-summary">
                <span class="font-medium break-all text-slate-900" data-testid="portal-linked-email">
                  {data().linkedEmail ?? 'Their account'}
                </span>{' '}
                signs in to the client portal for {props.customer.name}.
              </p>
            </Show>

            <Show
              when={inviting()}
              fallback={
                <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <button type="button" class={pending() || data().linked ? 'btn-secondary' : 'btn-primary'} onClick={openForm} data-testid="portal-invite">
                    {pending() ? 'Send a new invitation' : data().linked ? 'Invite another address' : 'Invite to the portal'}
                  </button>
                  <span class="text-xs text-slate-500" data-testid="portal-invite-note">
                    {pending()
                      ? 'Sends a new link; the old one stops working.'
                      : data().linked
                        ? 'Whoever joins with the new link takes over this customer’s portal.'
                        : 'We email a link that works once, for 14 days.'}
                  </span>
                </div>
              }
            >
              <form class="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3" novalidate onSubmit={invite} aria-busy={form.saving()} data-testid="portal-invite-form">
                <FormError message={form.errors().email ? '' : form.formError()} testId="portal-invite-error" />
                <TextField
                  id="portal-invite-email"
                  label="Their email"
                  type="email"
                  maxLength={254}
                  autocomplete="off"
                  hint={pending() ? 'Sends a new link that works once, for 14 days; the old one stops working.' : 'We email a link that works once, for 14 days.'}
                  {...form.field('email')}
                />
                <div class="flex justify-end gap-2">
                  <button type="button" class="btn-secondary" onClick={() => setInviting(false)} data-testid="portal-invite-cancel">
                    Cancel
                  </button>
                  <button type="submit" class="btn-primary" disabled={form.saving()} data-testid="portal-invite-send">
                    {form.saving() ? 'Sending…' : 'Send invitation'}
                  </button>
                </div>
              </form>
            </Show>

            <Show when={data().items.length > 0}>
              <div>
                <h3 class="text-xs font-medium tracking-wide text-slate-500 uppercase">Invitations</h3>
                <ul class="mt-1 divide-y divide-slate-100" data-testid="portal-invitations">
                  <For each={data().items}>
                    {(invitation) => (
                      <li class="flex items-start justify-between gap-3 py-2.5" data-testid="portal-invitation" data-status={invitation.status}>
                        <div class="min-w-0">
                          <div class="flex flex-wrap items-center gap-2">
                            <span class="font-medium break-all text-slate-900">{invitation.email}</span>
                            <StatusBadge status={invitation.status} tones={TONES} label={LABELS[invitation.status]} testId="portal-invitation-status" />
                          </div>
                          <p class="mt-0.5 text-xs text-slate-500" data-testid="portal-invitation-detail">
                            {invitationDetail(invitation)}
                          </p>
                        </div>
                        <Show when={invitation.status === 'pending'}>
                          <button
                            type="button"
                            class="btn-ghost shrink-0 px-2 py-1 text-red-600 hover:bg-red-50 hover:text-red-700"
                            onClick={() => setRevoking(invitation)}
                            data-testid="portal-invitation-revoke"
                          >
                            Revoke<span class="sr-only"> the invitation to {invitation.email}</span>
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
          </div>
        )}
      </Show>
      <ActionDialog
        open={Boolean(revoking())}
        title={`Revoke the invitation to ${revoking()?.email ?? ''}?`}
        description="The link in that email stops working. You can send a new one any time."
        confirmLabel="Revoke"
        busyLabel="Revoking…"
        danger
        onConfirm={revoke}
        onClose={() => setRevoking(undefined)}
        testId="portal-revoke-dialog"
      />
    </section>
  );
}
