const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** Links in a plain-text email become anchors; everything else stays text. */
const linkify = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)

/**
 * The embedded auth's local mailbox: the sign-in emails it would have sent to one address,
 * newest first (no email leaves the machine in the embedded default).
 */
export function mailboxHtml(email: string | null, messages: { subject: string; body_text: string; created_at: string }[]) {
  const list = messages.length
    ? messages
        .map(
          (m) => `<article><h2>${escapeHtml(m.subject)}</h2><p class="when">${escapeHtml(new Date(m.created_at).toUTCString())}</p>
<pre>${linkify(m.body_text)}</pre></article>`,
        )
        .join('\n')
    : `<p>${email ? `No sign-in emails for ${escapeHtml(email)} yet. Ask for a sign-in link first.` : 'Enter the email address you asked a sign-in link for.'}</p>`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Local mailbox · ZAFTO</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
form{display:flex;gap:.5rem;margin:1rem 0}input{flex:1;padding:.5rem;border:1px solid #cbd5e1;border-radius:.375rem}
button{padding:.5rem 1rem;border:0;border-radius:.375rem;background:#0f172a;color:#fff}
article{border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem;margin:1rem 0}h2{font-size:1.05rem;margin:0}
.when{color:#64748b;font-size:.85rem;margin:.25rem 0 .75rem}pre{white-space:pre-wrap;word-break:break-all;margin:0}</style></head>
<body><h1>Local mailbox</h1>
<p>The embedded server sends no email: sign-in links land here. Production uses Supabase Auth's own emails.</p>
<form method="get"><input type="email" name="email" required placeholder="you@example.com" value="${escapeHtml(email ?? '')}" aria-label="Email address"><button>Show emails</button></form>
${list}</body></html>`
}
