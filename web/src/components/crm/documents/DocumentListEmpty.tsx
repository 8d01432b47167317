import { Show } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import { EmptyState } from '../ListStates';
import type { ListQuery } from '../../../lib/addressBar';

interface DocumentListEmptyProps {
  noun: DocumentNoun;
  query: ListQuery;
  /** What an empty company's list suggests, and the button to start (“Write a bid”). */
  intro: string;
  writeLabel: string;
  /** What a filtered list that matched nothing says. */
  noMatch: string;
}

/** An empty bid or invoice list: how to write the first one, or (when filtered) the way back to all of them. */
export default function DocumentListEmpty(props: DocumentListEmptyProps) {
  const testId = () => `${props.noun}s-empty`;
  return (
    <Show
      when={props.query.filtered()}
      fallback={
        <EmptyState
          title={`No ${props.noun}s yet`}
          testId={testId()}
          action={
            <a class="btn-primary" href={documentPaths(props.noun).edit()}>
              {props.writeLabel}
            </a>
          }
        >
          {props.intro}
        </EmptyState>
      }
    >
      <EmptyState
        title={`No ${props.noun}s match`}
        testId={testId()}
        action={
          <button type="button" class="btn-secondary" onClick={() => props.query.clear()}>
            Show all {props.noun}s
          </button>
        }
      >
        {props.noMatch}
      </EmptyState>
    </Show>
  );
}
