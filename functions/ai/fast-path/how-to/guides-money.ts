import { anyOf, near, type HowToGuide } from './how-to-guide'

const INVOICE = String.raw`invoic(?:e|es|ing)`
const BID = String.raw`bids?|quotes?|estimates?|proposals?`
const SEND = 'send|sending|email|e-mail|deliver|mail|resend|text'

/** Bids, invoices and payments: the office's money documents. */
export const moneyGuides: HowToGuide[] = [
  {
    id: 'convert_bid',
    task: 'turn an accepted bid into a job and an invoice',
    match: [anyOf(near('convert(?:ing)?|turn(?:ing)?', BID), new RegExp(String.raw`\b(?:${BID})\b(?:\s+\S+){0,2}?\s+(?:into|to) (?:a |an )?(?:jobs?|invoices?)\b`))],
    steps: [
      'Open Bids and click the bid.',
      'If it is still Sent and the customer said yes, click Accept, then Mark accepted.',
      'Click Convert to job / invoice.',
      'Tick Create a scheduled job, Create a draft invoice, or both, and click Convert.',
      'The invoice opens as a draft with the bid’s lines: check it before sending. (Invoices → From a bid does the same for the invoice.)',
    ],
    page: { label: 'Bids', href: '/crm/bids/' },
    permission: 'bids:write',
  },
  {
    id: 'record_payment',
    task: 'record a payment',
    match: [anyOf(near('record|log|enter|apply|add|take|receive|put in|post|accept', 'payments?|deposits?|checks?|cash'), /\bmark\b(?:\s+\S+){0,3}?\s+(?:as )?paid\b/)],
    steps: [
      'Open Invoices and click the invoice (it must be sent or partly paid).',
      'Click Record payment.',
      'Check the Amount ($): it starts at the balance, and part payments are fine.',
      'Choose the Method, the Paid on date and a Reference such as Check #1042.',
      'Click Record payment. The balance and status update right away.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'payments:write',
  },
  {
    id: 'void_invoice',
    task: 'void an invoice',
    match: [near('void|cancel|delete|remove', INVOICE)],
    steps: [
      'Open Invoices and click the invoice.',
      'Click Void (drafts, and sent invoices with no payment yet).',
      'Add a Reason if you like and click Void invoice. It stays on record with a zero balance.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'invoices:write',
  },
  {
    id: 'send_invoice',
    task: 'send an invoice',
    match: [near(SEND, INVOICE)],
    steps: [
      'Open Invoices and click the invoice (or click New invoice and save one first).',
      'If Z drafted it, check the lines and click Mark reviewed.',
      'Click Send by email, then Send: the customer gets the PDF at the email on their customer page.',
      'Handed it over in person? Click Mark as sent instead. Already sent? Email again resends it.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'invoices:write',
  },
  {
    id: 'send_bid',
    task: 'send a bid',
    match: [near(SEND, BID)],
    steps: [
      'Open Bids and click the draft bid.',
      'If Z drafted it, check every line and price and click Mark reviewed.',
      'Click Send by email, then Send: the customer gets the PDF at the email on their customer page.',
      'Gave it on paper? Click Mark as sent instead.',
    ],
    page: { label: 'Bids', href: '/crm/bids/' },
    permission: 'bids:write',
  },
  {
    id: 'bid_outcome',
    task: 'mark a bid accepted or declined',
    match: [anyOf(near('accept|decline|mark|approve|reject|expire|close', BID), new RegExp(String.raw`\b(?:${BID})\b(?:\s+\S+){0,2}?\s+as (?:accepted|declined|won|lost|expired)\b`))],
    steps: [
      'Open Bids and click the sent bid.',
      'Click Accept (then Mark accepted), Decline (with a reason, if you have one) or Mark expired.',
      'An accepted bid can then be converted to a job and an invoice.',
    ],
    page: { label: 'Bids', href: '/crm/bids/' },
    permission: 'bids:write',
  },
  {
    id: 'create_invoice',
    task: 'create an invoice',
    match: [anyOf(near('create|make|new|start|write|add|generate|build|set up|prepare|draw up', INVOICE), /^how (?:do|can) (?:i|we) (?:invoice|bill)\b/)],
    steps: [
      'Open Invoices and click New invoice (or From a bid to bill an accepted bid).',
      'Pick the Customer, check the Issue date and set a Due date (blank means 30 days later).',
      'Add the Line items: Description, Qty, Unit, Unit price and Type; set a Discount or Tax rate (%) if needed.',
      'Add Notes for the customer (payment instructions) and click Save invoice. It stays a draft until you send it.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'invoices:write',
  },
  {
    id: 'create_bid',
    task: 'create a bid',
    match: [near('create|make|new|start|write|build|put together|draw up|prepare|add', BID)],
    steps: [
      'Open Bids and click New bid.',
      'Pick the Customer, give it a Title and a Valid until date.',
      'Add the Line items (Description, Qty, Unit, Unit price, Type) and any Discount or Tax rate (%).',
      'Write Notes for the customer (scope, exclusions, terms) and click Save bid.',
      'Then send it with Send by email.',
    ],
    page: { label: 'Bids', href: '/crm/bids/' },
    permission: 'bids:write',
  },
  {
    id: 'export_csv',
    task: 'export customers, jobs or invoices to a spreadsheet',
    match: [near('export|download', 'customers?|clients?|jobs?|invoices?|csv|spreadsheet|excel|lists?|data')],
    steps: [
      'Open Customers, Jobs or Invoices.',
      'Search or filter the list if you only want some of it.',
      'Click Export CSV: the file holds what the list shows, and opens in Excel or Google Sheets.',
    ],
    page: { label: 'Customers', href: '/crm/customers/' },
    permission: 'exports:read',
  },
  {
    id: 'duplicate_bid',
    task: 'copy an existing bid',
    match: [near('duplicate|copy|clone|reuse|re-use', BID)],
    steps: [
      'Open Bids and click the bid to copy.',
      'Click Duplicate, then Duplicate again to confirm.',
      'A new draft with the same customer and lines opens for editing: change what differs and click Save changes.',
    ],
    page: { label: 'Bids', href: '/crm/bids/' },
    permission: 'bids:write',
  },
  {
    id: 'edit_invoice',
    task: 'change a draft invoice',
    match: [near('change|edit|update|fix|correct|adjust', String.raw`due dates?|${INVOICE}|line items?|lines?`)],
    steps: [
      'Open Invoices and click the invoice.',
      'Click Edit (it shows while the invoice is a draft).',
      'Change the Customer, Issue date, Due date, Line items, Discount, Tax rate (%) or Notes for the customer.',
      'Click Save changes.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'invoices:write',
  },
  {
    id: 'document_pdf',
    task: 'get the PDF of a bid or invoice',
    match: [anyOf(near('find|get|download|print|save|see|open|view', 'pdfs?'), near('print|download', String.raw`${INVOICE}|${BID}`))],
    steps: [
      'Open Invoices (or Bids) and click the document.',
      'Click Download PDF; it comes with your logo and company details.',
      'Print it from your PDF viewer.',
    ],
    page: { label: 'Invoices', href: '/crm/invoices/' },
    permission: 'invoices:read',
  },
]
