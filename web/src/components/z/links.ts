/**
 * Z's links come from the server (record paths, publishers' deep links). Only same-site paths
 * and http(s) addresses become links; anything else (`javascript:`, `data:`) stays plain text.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return href;
  return /^https?:\/\//i.test(href) ? href : undefined;
}

/** Whether a link leaves the CRM (it opens in a new tab, without access to this one). */
export function isExternalHref(href: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return false;
  try {
    return new URL(href).origin !== window.location.origin;
  } catch {
    return true;
  }
}
