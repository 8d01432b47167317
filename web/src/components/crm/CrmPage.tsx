import { Show, type JSX } from 'solid-js';
import CrmShell, { type Section } from './CrmShell';
import { NotForRole } from './ListStates';
import type { Workspace } from '../../lib/types';

interface CrmPageProps {
  section: Section;
  /** For owners, admins and the office only: names the section for a tech (“Bids are for the office”); the API refuses them too. */
  staffOnly?: string;
  children: (workspace: Workspace) => JSX.Element;
}

/** A signed-in CRM page: the shell, and for staff-only sections a polite refusal to techs. */
export default function CrmPage(props: CrmPageProps) {
  return (
    <CrmShell section={props.section}>
      {(workspace) => (
        <Show when={!props.staffOnly || workspace.role !== 'tech'} fallback={<NotForRole what={props.staffOnly ?? ''} />}>
          {props.children(workspace)}
        </Show>
      )}
    </CrmShell>
  );
}
