import { createSignal, Show } from 'solid-js';
import ClockCard from './ClockCard';
import MyWeek from './MyWeek';
import TeamTime from './TeamTime';
import CrmShell from '../CrmShell';
import { createMembers } from '../jobs/members';
import { createNotice, Notice } from '../Notice';
import type { Workspace } from '../../../lib/types';

function TimeClock(props: { workspace: Workspace }) {
  const [version, setVersion] = createSignal(0);
  const staff = () => props.workspace.role !== 'tech';
  const members = staff() ? createMembers(props.workspace.company.id) : undefined;
  const notice = createNotice();
  const bump = () => setVersion(version() + 1);

  return (
    <div class="space-y-8" data-testid="time">
      <div>
        <h1 class="text-2xl font-bold tracking-tight text-slate-900">Time clock</h1>
        <p class="mt-1 text-sm text-slate-600">Clock in when you start, out when you stop. Hours land on the job for costing.</p>
      </div>
      <ClockCard version={version()} onChange={bump} />
      <MyWeek userId={props.workspace.user.id} version={version()} />
      <Show when={staff() && members}>
        {(list) => (
          <TeamTime
            people={list().people()}
            version={version()}
            onEdited={(entry) => {
              notice.show(`Entry of ${entry.email ?? 'the team member'} corrected.`);
              bump();
            }}
          />
        )}
      </Show>
      <Notice message={notice.message()} />
    </div>
  );
}

export default function TimePage() {
  return <CrmShell section="time">{(workspace) => <TimeClock workspace={workspace} />}</CrmShell>;
}
