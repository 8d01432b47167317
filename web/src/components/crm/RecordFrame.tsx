import { Show, type Accessor, type JSX } from 'solid-js';
import { LoadingRows } from './ListStates';
import LoadStatus from './LoadStatus';

interface RecordFrameProps<T> {
  /** The list this record belongs to. */
  back: { href: string; label: string };
  record: { data: Accessor<T | undefined>; loading: Accessor<boolean>; error: Accessor<string>; reload: () => Promise<void> };
  /** Names the test ids `<testPrefix>-error` and `<testPrefix>-loading`. */
  testPrefix: string;
  loadingLabel: string;
  /** While loading: grey rows (a document), or a grey heading (a customer, a job). */
  skeleton: 'rows' | 'heading';
  children: (record: Accessor<T>) => JSX.Element;
}

/** One record's page body: the way back to its list, loading and error states, then the record. */
export default function RecordFrame<T>(props: RecordFrameProps<T>) {
  return (
    <>
      <a href={props.back.href} class="text-sm font-medium text-slate-600 hover:text-slate-900">
        ← {props.back.label}
      </a>
      <LoadStatus loader={props.record} errorTestId={`${props.testPrefix}-error`} errorClass="mt-4" quietWithData>
        <div class="mt-4">
          <Show
            when={props.skeleton === 'rows'}
            fallback={
              <div class="h-8 w-72 max-w-full animate-pulse rounded bg-slate-200" aria-busy="true" data-testid={`${props.testPrefix}-loading`}>
                <span class="sr-only">{props.loadingLabel}</span>
              </div>
            }
          >
            <LoadingRows label={props.loadingLabel} testId={`${props.testPrefix}-loading`} rows={3} />
          </Show>
        </div>
      </LoadStatus>
      <Show when={props.record.data()}>{(record) => props.children(record)}</Show>
    </>
  );
}
