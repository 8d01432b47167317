/** Bids and invoices are built alike: the API and page addresses of either, from its noun. */
export type DocumentNoun = 'bid' | 'invoice';

export function documentPaths(noun: DocumentNoun) {
  const plural = `${noun}s` as const;
  const id = (value: string) => encodeURIComponent(value);
  return {
    section: plural,
    /** `/bids`, or `/bids/<id><suffix>` for one bid. */
    api: (documentId?: string, suffix = '') => (documentId ? `/${plural}/${id(documentId)}${suffix}` : `/${plural}`),
    list: `/crm/${plural}/`,
    view: (documentId: string) => `/crm/${plural}/view/?id=${id(documentId)}`,
    /** The editor: a new document without an id. */
    edit: (documentId?: string) => (documentId ? `/crm/${plural}/edit/?id=${id(documentId)}` : `/crm/${plural}/edit/`),
  };
}

