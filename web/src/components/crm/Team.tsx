import { createSignal, For, onMount, Show } from 'solid-js';
import { createNotice, ErrorBanner, Notice } from './Notice';
import { FormError, SelectField, TextField } from './fields';
import { api, errorMessage } from '../../lib/api';
import { checkOptionalEmail, compactErrors, describeFailure, type FieldErrors } from '../../lib/forms';
import { can, ROLE_LABELS, type Member, type Role, type Workspace } from '../../lib/types';

const INVITABLE_ROLES: ReadonlyArray<Exclude<Role, 'owner'>> = ['admin', 'office', 'tech'];
const ROLE_OPTIONS = INVITABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const ROLE_HELP: Record<Role, string> = {
  owner: 'Runs the company account.',
  admin: 'Manages the team and every record.',
  office: 'Adds and updates customers.',
  tech: 'Looks up customers in the field.',
};

const joinedFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** The company's members, and for owners and admins a form to add more. */
export default function Team(props: { workspace: Workspace }) {
  const [members, setMembers] = createSignal<Member[]>();
  const [loading, setLoading] = createSignal(true);
  const [loadError, setLoadError] = createSignal('');
  const notice = createNotice();
  const companyPath = `/companies/${encodeURIComponent(props.workspace.company.id)}/members`;

  const load = async () => {
    setLoading(true);
    setLoadError('');
    try {
      setMembers((await api<{ data: Member[] }>(companyPath)).data);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
    setLoading(false);
  };
  onMount(() => void load());

  const onInvited = (member: Member) => {
    notice.show(`${member.email} added as ${ROLE_LABELS[member.role]}.`);
    void load();
  };

  return (
    <section aria-labelledby="team-heading" data-testid="team">
      <h1 id="team-heading" class="text-2xl font-bold tracking-tight text-slate-900">
        Team
      </h1>
      <p class="mt-1 text-sm text-slate-600">The people who work in {props.workspace.company.name} on ZAFTO, and what each of them can do.</p>

      <Show when={can.inviteMembers(props.workspace.role)}>
        <InviteForm path={companyPath} onInvited={onInvited} />
      </Show>

      <div class="mt-6">
        <Show when={loadError()}>
          <ErrorBanner message={loadError()} onRetry={() => void load()} testId="members-error" />
        </Show>
        <Show when={loading() && !members()}>
          <p class="card px-4 py-6 text-sm text-slate-500" aria-busy="true" data-testid="members-loading">
            Loading team…
          </p>
        </Show>
        <Show when={members()}>
          {(list) => (
            <div class="card overflow-hidden">
              <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="members-table">
                <caption class="sr-only">Team members</caption>
                <thead class="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" class="px-4 py-3">Member</th>
                    <th scope="col" class="px-4 py-3">Role</th>
                    <th scope="col" class="hidden px-4 py-3 sm:table-cell">Status</th>
                    <th scope="col" class="hidden px-4 py-3 md:table-cell">Added</th>
                  </tr>
                </thead>
                <tbody class="divide-y divide-slate-100 bg-white">
                  <For each={list()}>
                    {(member) => (
                      <tr data-testid="member-row" data-member-id={member.id}>
                        <td class="px-4 py-3">
                          <div class="font-medium text-slate-900">
                            {member.email}
                            <Show when={member.userId === props.workspace.user.id}>
                              <span class="ml-2 text-xs font-normal text-slate-500">(you)</span>
                            </Show>
                          </div>
                          <div class="mt-0.5 sm:hidden">
                            <StatusBadge status={member.status} />
                          </div>
                        </td>
                        <td class="px-4 py-3">
                          <div class="text-slate-900">{ROLE_LABELS[member.role] ?? member.role}</div>
                          <div class="text-xs text-slate-500">{ROLE_HELP[member.role]}</div>
                        </td>
                        <td class="hidden px-4 py-3 sm:table-cell">
                          <StatusBadge status={member.status} />
                        </td>
                        <td class="hidden px-4 py-3 whitespace-nowrap text-slate-500 md:table-cell">
                          {joinedFormat.format(new Date(member.createdAt))}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </div>
      <Notice message={notice.message()} />
    </section>
  );
}

function StatusBadge(props: { status: Member['status'] }) {
  return (
    <span
      class={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${
        props.status === 'active' ? 'bg-emerald-50 text-emerald-700' : 'bg-amber-50 text-amber-800'
      }`}
    >
      {props.status === 'active' ? 'Active' : 'Invited'}
    </span>
  );
}

function InviteForm(props: { path: string; onInvited: (member: Member) => void }) {
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<string>('tech');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const found = compactErrors({ email: email().trim() ? checkOptionalEmail(email()) : 'Enter their email address.' });
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    setSaving(true);
    try {
      const member = await api<Member>(props.path, { method: 'POST', body: { email: email().trim(), role: role() } });
      setEmail('');
      props.onInvited(member);
    } catch (error) {
      const failure = describeFailure(error, ['email', 'role']);
      setErrors(failure.fields);
      setFormError(failure.message);
    }
    setSaving(false);
  };

  return (
    <form class="card mt-6 p-5" novalidate onSubmit={submit} data-testid="member-invite-form" aria-labelledby="invite-heading" aria-busy={saving()}>
      <h2 id="invite-heading" class="text-base font-semibold text-slate-900">
        Add a team member
      </h2>
      <p class="mt-1 text-sm text-slate-600">They show as invited until they create their ZAFTO account with this email address.</p>
      <div class="mt-4 space-y-4">
        <FormError message={formError()} testId="member-invite-error" />
        <div class="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
          <TextField id="member-email" label="Email" type="email" maxLength={254} autocomplete="off" value={email()} onValue={setEmail} error={errors().email} />
          <SelectField id="member-role" label="Role" options={ROLE_OPTIONS} value={role()} onValue={setRole} error={errors().role} />
          <button type="submit" class="btn-primary sm:mt-6" disabled={saving()} data-testid="member-invite-submit">
            {saving() ? 'Adding…' : 'Add member'}
          </button>
        </div>
      </div>
    </form>
  );
}
