import { Show, type JSX } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import CrmPage from '../CrmPage';
import type { CustomerChoice } from '../CustomerPicker';
import { EmptyState, LoadingRows } from '../ListStates';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { createLoadOnce } from '../../../lib/loader';
import type { Customer } from '../../../lib/types';
import type { SavedDocument } from '../../../lib/types/bids';

interface DocumentEditorPageProps<D extends SavedDocument> {
  noun: DocumentNoun;
  /** How a tech is told the section is not theirs: “Bids are for the office”. */
  what: string;
  /** What a sent document says instead of the editor. */
  notEditable: (document: D) => { title: string; message: string };
  /** The editor, for the loaded draft or a new document (with a customer from `?customerId=`). */
  children: (loaded: { document?: D; customer?: CustomerChoice }) => JSX.Element;
}

/** `/crm/<bids|invoices>/edit/`: `?id=` edits that draft; otherwise a new one, for `?customerId=` when given. */
export default function DocumentEditorPage<D extends SavedDocument>(props: DocumentEditorPageProps<D>) {
  return (
    <CrmPage section={documentPaths(props.noun).section} staffOnly={props.what}>
      {() => <EditorLoader {...props} />}
    </CrmPage>
  );
}

function EditorLoader<D extends SavedDocument>(props: DocumentEditorPageProps<D>) {
  const paths = documentPaths(props.noun);
  const params = new URLSearchParams(window.location.search);
  const id = params.get('id');
  const customerId = params.get('customerId');
  const loader = createLoadOnce(async (signal): Promise<{ document?: D; customer?: CustomerChoice }> => {
    if (id) return { document: await api<D>(paths.api(id), { signal }) };
    if (customerId) {
      const customer = await api<Customer>(`/customers/${encodeURIComponent(customerId)}`, { signal });
      return { customer: { id: customer.id, name: customer.name } };
    }
    return {};
  });
  const heading = () => {
    const document = loader.data()?.document;
    return document ? `Edit ${document.number}` : `New ${props.noun}`;
  };

  return (
    <section aria-labelledby={`${props.noun}-editor-heading`} data-testid={`${props.noun}-editor`}>
      <a href={id ? paths.view(id) : paths.list} class="text-sm font-medium text-slate-600 hover:text-slate-900">
        ← {id ? `Back to the ${props.noun}` : `All ${props.noun}s`}
      </a>
      <h1 id={`${props.noun}-editor-heading`} class="mt-3 mb-6 text-2xl font-bold tracking-tight text-slate-900">
        {heading()}
      </h1>
      <Show when={loader.error()}>
        <ErrorBanner message={loader.error()} onRetry={() => void loader.reload()} testId={`${props.noun}-editor-error`} />
      </Show>
      <Show when={!loader.data() && loader.loading()}>
        <LoadingRows label="Loading…" testId={`${props.noun}-editor-loading`} rows={3} />
      </Show>
      <Show when={loader.data()}>
        {(data) => (
          <Show when={!data().document || data().document?.status === 'draft'} fallback={<NotEditable document={data().document!} {...props} />}>
            {props.children(data())}
          </Show>
        )}
      </Show>
    </section>
  );
}

function NotEditable<D extends SavedDocument>(props: DocumentEditorPageProps<D> & { document: D }) {
  const text = () => props.notEditable(props.document);
  return (
    <EmptyState
      title={text().title}
      testId={`${props.noun}-not-editable`}
      action={
        <a class="btn-primary" href={documentPaths(props.noun).view(props.document.id)}>
          Open the {props.noun}
        </a>
      }
    >
      {text().message}
    </EmptyState>
  );
}
