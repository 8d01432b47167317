import type { JSX } from 'solid-js';
import SettingsLayout, { type SettingsTab } from './SettingsLayout';
import CrmShell, { type ShellActions } from '../CrmShell';
import type { Workspace } from '../../../lib/types';

/** A settings page: the shell, the settings heading and tabs, and one tab's content. */
export default function SettingsPage(props: { tab: SettingsTab; children: (workspace: Workspace, shell: ShellActions) => JSX.Element }) {
  return (
    <CrmShell section="settings">
      {(workspace, shell) => (
        <SettingsLayout tab={props.tab} role={workspace.role}>
          {props.children(workspace, shell)}
        </SettingsLayout>
      )}
    </CrmShell>
  );
}
