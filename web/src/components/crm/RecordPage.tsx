import { Show, type JSX } from 'solid-js';
import CrmPage from './CrmPage';
import type { Section } from './CrmShell';
import { EmptyState } from './ListStates';
import type { Workspace } from '../../lib/types';

interface RecordPageProps {
  section: Section;
  /** For owners, admins and the office only: how a tech is told (“Bids are for the office”). */
  staffOnly?: string;
  /** What the page says when its link names no record. */
  missing: { title: string; message: string; testId: string; href: string; linkLabel: string };
  children: (workspace: Workspace, id: string) => JSX.Element;
}

/** A page for one record named by `?id=` in the address (a static site has no `/jobs/<id>` routes). */
export default function RecordPage(props: RecordPageProps) {
  // Read in the browser only: the page is pre-rendered without a window.
  const id = () => new URLSearchParams(window.location.search).get('id') ?? '';
  return (
    <CrmPage section={props.section} staffOnly={props.staffOnly}>
      {(workspace) => (
        <Show
          when={id()}
          fallback={
            <EmptyState
              title={props.missing.title}
              testId={props.missing.testId}
              action={
                <a class="btn-primary" href={props.missing.href}>
                  {props.missing.linkLabel}
                </a>
              }
            >
              {props.missing.message}
            </EmptyState>
          }
        >
          {(recordId) => props.children(workspace, recordId())}
        </Show>
      )}
    </CrmPage>
  );
}
