import type { JSX } from 'solid-js';
import { documentPaths, type DocumentNoun } from './paths';
import RecordPage from '../RecordPage';

/** `/crm/<bids|invoices>/view/?id=…`: the document named by `id`, or a pointer back to the list. */
export default function DocumentViewPage(props: { noun: DocumentNoun; what: string; children: (id: string) => JSX.Element }) {
  const paths = documentPaths(props.noun);
  return (
    <RecordPage
      section={paths.section}
      staffOnly={props.what}
      missing={{
        title: `Which ${props.noun}?`,
        message: `This link does not say which ${props.noun} to open. Pick one from the list.`,
        testId: `${props.noun}-missing`,
        href: paths.list,
        linkLabel: `All ${props.noun}s`,
      }}
    >
      {(_workspace, id) => props.children(id)}
    </RecordPage>
  );
}
