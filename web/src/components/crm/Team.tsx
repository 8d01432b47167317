import { createSignal, For, onMount, Show } from 'solid-js';
import ConfirmDelete from './ConfirmDelete';
import type { ShellActions } from './CrmShell';
import { createNotice, ErrorBanner, Notice } from './Notice';
import { FormError, SelectField, TextField } from './fields';
import { api, errorMessage } from '../../lib/api';
import { checkOptionalEmail, compactErrors, describeFailure, type FieldErrors } from '../../lib/forms';
import { assignableRoles, can, ROLE_LABELS, type Member, type Role, type Workspace } from '../../lib/types';

const ROLE_HELP: Record<Role, string> = {
  owner: 'Runs the company account.',
  admin: 'Manages the team and every record.',
  office: 'Customers, scheduling, bids and invoices.',
  tech: 'Their assigned jobs and time clock; no prices.',
};

/** What the signed-in user gives up by moving themselves to `role`. */
const SELF_DEMOTION: Record<Role, string> = {
  owner: '',
  admin: 'You will no longer be able to grant or remove the owner role. Only an owner can make you an owner again.',
  office: 'You will no longer be able to manage the team or change the company profile. Only an owner or admin can change it back.',
  tech: 'You will no longer be able to manage the team, change the company profile or edit customers. Only an owner or admin can change it back.',
};

const joinedFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** The company's members; owners and admins also add people, change roles and remove members. */
export default function Team(props: { workspace: Workspace; shell: ShellActions }) {
  const [members, setMembers] = createSignal<Member[]>();
  const [loading, setLoading] = createSignal(true);
  const [loadError, setLoadError] = createSignal('');
  const [actionError, setActionError] = createSignal('');
  const [busyId, setBusyId] = createSignal<string>();
  const [removing, setRemoving] = createSignal<Member>();
  const [selfRoleChange, setSelfRoleChange] = createSignal<{ member: Member; role: Role }>();
  const notice = createNotice();
  const membersPath = `/companies/${encodeURIComponent(props.workspace.company.id)}/members`;
  const memberPath = (member: Member) => `${membersPath}/${encodeURIComponent(member.id)}`;

  const companyName = () => props.workspace.company.name;
  const isSelf = (member: Member) => member.userId !== null && member.userId === props.workspace.user.id;
  const manager = () => can.manageMembers(props.workspace.role);
  /** Admins cannot touch an owner; the API says the same. */
  const canManage = (member: Member) => manager() && (member.role !== 'owner' || can.manageOwners(props.workspace.role));
  const roleOptions = () => assignableRoles(props.workspace.role).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

  const load = async () => {
    setLoading(true);
    setLoadError('');
    try {
      setMembers((await api<{ data: Member[] }>(membersPath)).data);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
    setLoading(false);
  };
  onMount(() => void load());

  const onInvited = (member: Member) => {
    setActionError('');
    notice.show(`${member.email} added as ${ROLE_LABELS[member.role]}.`);
    void load();
  };

  /** Sends the new role; failures propagate so the caller can show them where they belong. */
  const changeRole = async (member: Member, role: Role) => {
    const saved = await api<Member>(memberPath(member), { method: 'PATCH', body: { role } });
    setMembers((list) => list?.map((entry) => (entry.id === saved.id ? saved : entry)));
    if (isSelf(member)) props.shell.roleChanged(saved.role);
    notice.show(isSelf(member) ? `You are now ${ROLE_LABELS[saved.role]}.` : `${saved.email} is now ${ROLE_LABELS[saved.role]}.`);
  };

  const onRoleSelected = async (member: Member, role: Role, select: HTMLSelectElement) => {
    if (role === member.role) return;
    setActionError('');
    if (isSelf(member)) {
      // Changing your own role only ever takes rights away: ask first, and show the old role until confirmed.
      select.value = member.role;
      setSelfRoleChange({ member, role });
      return;
    }
    setBusyId(member.id);
    try {
      await changeRole(member, role);
    } catch (error) {
      select.value = member.role;
      setActionError(`Could not change the role of ${member.email}: ${errorMessage(error)}`);
    }
    setBusyId(undefined);
  };

  const confirmSelfRoleChange = async () => {
    const pending = selfRoleChange();
    if (!pending) return;
    await changeRole(pending.member, pending.role);
    setSelfRoleChange(undefined);
  };

  const confirmRemove = async () => {
    const member = removing();
    if (!member) return;
    await api<void>(memberPath(member), { method: 'DELETE' });
    if (isSelf(member)) {
      // Without a company the CRM starts over at onboarding.
      window.location.assign('/crm/');
      return;
    }
    setRemoving(undefined);
    setActionError('');
    notice.show(member.status === 'invited' ? `Invitation for ${member.email} withdrawn.` : `${member.email} removed from ${companyName()}.`);
    void load();
  };

  const removal = () => {
    const member = removing();
    if (!member) return undefined;
    if (member.status === 'invited') {
      return {
        title: `Withdraw the invitation for ${member.email}?`,
        description: `They will not join ${companyName()} when they sign up. You can invite them again later.`,
        confirmLabel: 'Withdraw invitation',
        busyLabel: 'Withdrawing…',
      };
    }
    if (isSelf(member)) {
      return {
        title: `Remove yourself from ${companyName()}?`,
        description: `You will lose access to ${companyName()} right away: its customers, team and settings. Only an owner or admin can add you back.`,
        confirmLabel: 'Remove me',
        busyLabel: 'Removing…',
      };
    }
    return {
      title: `Remove ${member.email}?`,
      description: `They keep their ZAFTO account but lose access to ${companyName()} right away.`,
      confirmLabel: 'Remove',
      busyLabel: 'Removing…',
    };
  };

  return (
    <section aria-labelledby="team-heading" data-testid="team">
      <h2 id="team-heading" class="text-lg font-semibold text-slate-900">
        Team
      </h2>
      <p class="mt-1 text-sm text-slate-600">The people who work in {companyName()} on ZAFTO, and what each of them can do.</p>

      <Show when={can.inviteMembers(props.workspace.role)}>
        <InviteForm path={membersPath} roleOptions={roleOptions()} onInvited={onInvited} />
      </Show>

      <div class="mt-6 space-y-4">
        <Show when={loadError()}>
          <ErrorBanner message={loadError()} onRetry={() => void load()} testId="members-error" />
        </Show>
        <Show when={actionError()}>
          <ErrorBanner message={actionError()} testId="member-action-error" />
        </Show>
        <Show when={loading() && !members()}>
          <p class="card px-4 py-6 text-sm text-slate-500" aria-busy="true" data-testid="members-loading">
            Loading team…
          </p>
        </Show>
        <Show when={members()}>
          {(list) => (
            <div class="card overflow-x-auto">
              <table class="block min-w-full divide-y divide-slate-200 text-sm sm:table" data-testid="members-table">
                <caption class="sr-only">Team members</caption>
                <thead class="hidden bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500 sm:table-header-group">
                  <tr>
                    <th scope="col" class="px-4 py-3">Member</th>
                    <th scope="col" class="px-4 py-3">Role</th>
                    <th scope="col" class="hidden px-4 py-3 sm:table-cell">Status</th>
                    <th scope="col" class="hidden px-4 py-3 md:table-cell">Added</th>
                    <Show when={manager()}>
                      <th scope="col" class="px-4 py-3">
                        <span class="sr-only">Actions</span>
                      </th>
                    </Show>
                  </tr>
                </thead>
                <tbody class="block divide-y divide-slate-100 bg-white sm:table-row-group">
                  <For each={list()}>
                    {(member) => (
                      <tr class="block px-4 py-3 sm:table-row sm:p-0" data-testid="member-row" data-member-id={member.id} data-status={member.status}>
                        <td class="block sm:table-cell sm:px-4 sm:py-3">
                          <div class="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium [overflow-wrap:anywhere] text-slate-900">
                            {member.email}
                            <Show when={isSelf(member)}>
                              <span class="rounded-full bg-slate-900 px-2 py-0.5 text-xs font-medium text-white" data-testid="member-you">
                                You
                              </span>
                            </Show>
                          </div>
                          <div class="mt-1 sm:hidden">
                            <StatusBadge status={member.status} />
                          </div>
                        </td>
                        <td class="block pt-2 sm:table-cell sm:px-4 sm:py-3">
                          <Show when={canManage(member)} fallback={<div class="text-slate-900">{ROLE_LABELS[member.role] ?? member.role}</div>}>
                            <select
                              class="field-input mt-0 h-9 w-36 py-1"
                              aria-label={isSelf(member) ? 'Your role' : `Role for ${member.email}`}
                              value={member.role}
                              disabled={busyId() === member.id}
                              onChange={(event) => void onRoleSelected(member, event.currentTarget.value as Role, event.currentTarget)}
                              data-testid="member-role"
                            >
                              <For each={roleOptions()}>{(option) => <option value={option.value}>{option.label}</option>}</For>
                            </select>
                          </Show>
                          <div class="mt-0.5 text-xs text-slate-500">{ROLE_HELP[member.role]}</div>
                        </td>
                        <td class="hidden px-4 py-3 sm:table-cell">
                          <StatusBadge status={member.status} />
                        </td>
                        <td class="hidden px-4 py-3 whitespace-nowrap text-slate-500 md:table-cell">
                          {joinedFormat.format(new Date(member.createdAt))}
                        </td>
                        <Show when={manager()}>
                          <td class="block pt-2 whitespace-nowrap sm:table-cell sm:px-4 sm:py-3 sm:text-right">
                            <Show when={canManage(member)}>
                              <button
                                type="button"
                                class="btn-ghost -ml-2.5 px-2.5 py-1.5 text-red-700 hover:bg-red-50 hover:text-red-800 sm:ml-0"
                                disabled={busyId() === member.id}
                                onClick={() => {
                                  setActionError('');
                                  setRemoving(member);
                                }}
                                data-testid="member-remove"
                              >
                                {member.status === 'invited' ? 'Withdraw invitation' : isSelf(member) ? 'Leave company' : 'Remove'}
                              </button>
                            </Show>
                          </td>
                        </Show>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Show>
      </div>

      <ConfirmDelete
        subject={removing()?.email}
        title={removal()?.title}
        description={removal()?.description}
        confirmLabel={removal()?.confirmLabel}
        busyLabel={removal()?.busyLabel}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(undefined)}
        testId="member-remove-dialog"
      />
      <ConfirmDelete
        subject={selfRoleChange() ? 'your role' : undefined}
        title={selfRoleChange() ? `Change your own role to ${ROLE_LABELS[selfRoleChange()!.role]}?` : undefined}
        description={selfRoleChange() ? SELF_DEMOTION[selfRoleChange()!.role] : undefined}
        confirmLabel="Change my role"
        busyLabel="Changing…"
        onConfirm={confirmSelfRoleChange}
        onClose={() => setSelfRoleChange(undefined)}
        testId="member-self-role-dialog"
      />
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

function InviteForm(props: { path: string; roleOptions: ReadonlyArray<{ value: string; label: string }>; onInvited: (member: Member) => void }) {
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
      <h3 id="invite-heading" class="text-base font-semibold text-slate-900">
        Add a team member
      </h3>
      <p class="mt-1 text-sm text-slate-600">They show as invited until they create their ZAFTO account with this email address.</p>
      <div class="mt-4 space-y-4">
        <FormError message={formError()} testId="member-invite-error" />
        <div class="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
          <TextField id="member-email" label="Email" type="email" maxLength={254} autocomplete="off" value={email()} onValue={setEmail} error={errors().email} />
          <SelectField id="member-role" label="Role" options={props.roleOptions} value={role()} onValue={setRole} error={errors().role} />
          <button type="submit" class="btn-primary sm:mt-6" disabled={saving()} data-testid="member-invite-submit">
            {saving() ? 'Adding…' : 'Add member'}
          </button>
        </div>
      </div>
    </form>
  );
}
