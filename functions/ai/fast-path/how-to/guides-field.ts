import { anyOf, near, type HowToGuide } from './how-to-guide'

const JOB = /\b(?:jobs?|work ?orders?|site)\b/
const PEOPLE = String.raw`techs?|technicians?|crew|someone|employees?|people|guys|workers?|team members?|installers?|helpers?|apprentices?`

/** Work on a job and time: what a tech does in the field. */
export const fieldGuides: HowToGuide[] = [
  {
    id: 'expense_receipt',
    task: 'log an expense with its receipt',
    match: [near('add|log|enter|record|submit|upload|attach|track|file|scan|snap|save|put in|turn in', 'receipts?|expenses?')],
    steps: [
      'Open Expenses and click Add expense.',
      'Fill in Amount ($), Date, Category and, if you like, Vendor and Description.',
      'Pick the Job it was for (optional) and attach the Receipt: a photo or a PDF.',
      'Click Save expense.',
    ],
    page: { label: 'Expenses', href: '/crm/expenses/' },
    permission: 'expenses:write',
  },
  {
    id: 'job_photo',
    task: 'add photos to a job',
    match: [near('add|upload|attach|put|save|share|include|post', 'photos?|pictures?|pics?|images?|files?|documents?|pdfs?|attachments?')],
    steps: [
      'Open Jobs and click the job.',
      'In the Photos & files card, click Upload.',
      'Choose one or more photos (JPEG, PNG, WebP or HEIC) or PDFs, up to 10 MB each.',
      'They upload one after another and show up as thumbnails; click one to download it.',
    ],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:work',
  },
  {
    id: 'fix_time',
    task: 'fix a time entry',
    match: [near('fix|edit|correct|change|adjust|update', String.raw`time entr(?:y|ies)|hours|timesheets?|time ?cards?|clock(?:ed)?[ -]?(?:in|out)|punch(?:es)?|punch(?:ed)? (?:in|out)`)],
    steps: [
      'Open Time clock and scroll to Team time.',
      'Find the entry (pick the week and the person) and click Fix.',
      'Correct Clocked in, Clocked out, the job or the note, and say why in Reason.',
      'Click Save correction. The times before and after are kept in the audit log.',
    ],
    page: { label: 'Time clock', href: '/crm/time/' },
    permission: 'time:edit',
  },
  {
    id: 'clock_in',
    task: 'clock in and out',
    match: [/\b(?:clock(?:ed|ing)? ?(?:in|out|on|off)|punch(?:ed|ing)? ?(?:in|out)|time ?clock|track (?:my )?(?:time|hours)|log (?:my )?(?:time|hours)|(?:start|stop) (?:my |the )?(?:time|timer|clock|shift))\b/],
    steps: [
      'Open Time clock.',
      'Pick the Job you are working on (optional: leave it on "No job" for shop time, travel or training) and add a Note if you like.',
      'Press the big green Clock in button. A timer runs while you are on the clock.',
      'When you stop, come back to Time clock and press the red Clock out button.',
    ],
    page: { label: 'Time clock', href: '/crm/time/' },
    permission: 'time:clock',
  },
  {
    id: 'job_status',
    task: 'start or complete a job',
    match: [
      /\b(?:start|begin|complete|finish|close(?: out)?|mark)\s+(?:a |the |my |this |that )?(?:job|work ?order)s?\b|\bjobs? (?:as )?(?:complete[d]?|done|finished|in progress)\b|\bjobs?(?:'s)? status\b/,
    ],
    steps: [
      'Open Jobs and click the job.',
      'Click Start job when you begin; the job moves to In progress.',
      'Click Mark completed when the work is done.',
      'Staff can also Cancel job, or move it Back to scheduled.',
    ],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:work',
  },
  {
    id: 'job_note',
    task: 'add a note to a job',
    match: [near('add|write|leave|put|enter|post|make', 'notes?'), JOB],
    steps: ['Open Jobs and click the job.', 'In the Notes card, type your note.', 'Click Add note. Everyone on the job sees it with your name and the time.'],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:work',
  },
  {
    id: 'job_materials',
    task: 'add materials to a job',
    match: [near('add|log|record|enter|track|put|list', 'materials?|parts?|supplies'), JOB],
    steps: [
      'Open Jobs and click the job.',
      'In the Materials card, fill in Material, Qty and Unit (staff also enter the Unit cost).',
      'Click Add. The list keeps every material used on the job.',
    ],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:work',
  },
  {
    id: 'assign_crew',
    task: 'assign people to a job',
    match: [anyOf(near('assign|add|put|send|dispatch|schedule', PEOPLE), near('assign|staff', 'jobs?|work ?orders?')), JOB],
    steps: [
      'Open Jobs and click the job.',
      'Click Edit job.',
      'Under Crew, tick everyone who works on it (untick to take someone off).',
      'Click Save changes. The job shows up on their list right away.',
    ],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:write',
  },
  {
    id: 'create_job',
    task: 'book a new job',
    match: [near('create|add|book|schedule|make|set up|enter|put in|open', 'jobs?|work ?orders?|appointments?|service calls?')],
    steps: [
      'Open Jobs and click New job (or New job on the customer’s page).',
      'Pick the Customer and, if they have several, the Property.',
      'Give it a Title, then set Starts and Ends and the Estimated hours if you know them.',
      'Under Crew, tick the people who will do it, add a Description if useful.',
      'Click Book job.',
    ],
    page: { label: 'Jobs', href: '/crm/jobs/' },
    permission: 'jobs:write',
  },
  {
    id: 'expense_report',
    task: 'get an expense report (a PDF)',
    match: [anyOf(near('export|download|print|get|run|pull|send', String.raw`expenses?|expense reports?`), /\bexpense reports?\b/)],
    steps: [
      'Open Expenses and click Expense report PDF.',
      'Set From and To (and a Category if you want one).',
      'Click Download PDF: totals by category, then every expense in the period, on your letterhead.',
    ],
    page: { label: 'Expenses', href: '/crm/expenses/' },
    permission: 'expenses:read',
  },
]
