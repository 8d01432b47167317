import { Show, type Accessor, type JSX } from 'solid-js';
import { ErrorBanner } from './Notice';

interface LoadStatusProps {
  loader: { data: Accessor<unknown>; loading: Accessor<boolean>; error: Accessor<string>; reload: () => Promise<void> };
  errorTestId?: string;
  /** Classes around the error box (its place on the page). */
  errorClass?: string;
  /** Keeps a failed reload quiet while the last good data is still on screen. */
  quietWithData?: boolean;
  /** What shows during the first load. */
  children: JSX.Element;
}

/** A loader's failure (with “Try again”) and, until the first answer, a placeholder. */
export default function LoadStatus(props: LoadStatusProps) {
  return (
    <>
      <Show when={props.loader.error() && !(props.quietWithData && props.loader.data())}>
        <div class={props.errorClass}>
          <ErrorBanner message={props.loader.error()} onRetry={() => void props.loader.reload()} testId={props.errorTestId} />
        </div>
      </Show>
      <Show when={props.loader.data() === undefined && props.loader.loading()}>{props.children}</Show>
    </>
  );
}
