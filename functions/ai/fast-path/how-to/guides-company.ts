import { near, type HowToGuide } from './how-to-guide'

const CUSTOMERS = /\b(?:customers?|clients?|contacts?|customer list)\b/
const PEOPLE = String.raw`team ?members?|employees?|techs?|technicians?|users?|staff|people|workers?|crew(?: members?)?|office manager|someone|admins?|co-?workers?|apprentices?|(?:my|the) team`

/** Customers, leads, the team and the company profile. */
export const companyGuides: HowToGuide[] = [
  {
    id: 'convert_lead',
    task: 'turn a lead into a customer',
    match: [near('convert|turn|make|move', 'leads?')],
    steps: [
      'Open Leads and click the lead’s name.',
      'Click Convert to customer.',
      'Tick Also create their first job to book it at once (title, trade, start).',
      'Click Convert: the contact details carry over to the new customer.',
    ],
    page: { label: 'Leads', href: '/crm/leads/' },
    permission: 'leads:write',
  },
  {
    id: 'import_customers',
    task: 'import customers from a spreadsheet',
    match: [/\b(?:import|upload|bring (?:in|over)|move over|load|transfer|migrate|csv|spreadsheet|excel|quickbooks)\b/, CUSTOMERS],
    steps: [
      'Save your list as a CSV (UTF-8) with a header row: name (or First Name and Last Name), email, phone, address, notes. Up to 10,000 rows.',
      'Open Customers and click Import CSV, choose the file and click Preview import.',
      'Review the rows: the tabs show Ready, Possible duplicates and Errors. Tick the rows to take.',
      'Click Import N customers. Nothing is saved before this step.',
    ],
    page: { label: 'Import customers', href: '/crm/customers/import/' },
    permission: 'customers:import',
  },
  {
    id: 'invite_member',
    task: 'add someone to the team',
    match: [near('invite|add|onboard|bring on|set up|give access to', PEOPLE)],
    steps: [
      'Open Settings, then the Team tab.',
      'Under Add a team member, enter their Email and pick a Role (Tech, Office, Admin...).',
      'Click Add member. If they have no account yet, they join your company when they sign up with that email.',
    ],
    page: { label: 'Team', href: '/crm/settings/team/' },
    permission: 'members:manage',
  },
  {
    id: 'change_role',
    task: 'change someone’s role',
    match: [/\b(?:change|switch|update|promote|make)\b/, /\brole\b|\b(?:an? )?(?:admin|office|owner)\b/, new RegExp(String.raw`\b(?:${PEOPLE})\b`)],
    steps: ['Open Settings, then the Team tab.', 'Pick the new role in the person’s Role menu; it saves right away (you are asked first when it is your own).'],
    page: { label: 'Team', href: '/crm/settings/team/' },
    permission: 'members:manage',
  },
  {
    id: 'upload_logo',
    task: 'upload the company logo',
    match: [/\blogo\b/],
    steps: [
      'Open Settings (the Company tab).',
      'In the Logo card, click Upload logo (Replace logo if there is one).',
      'Pick a PNG or JPEG up to 10 MB; a wide logo on white or transparent prints best.',
      'It prints at the top of your bids, invoices and reports.',
    ],
    page: { label: 'Settings', href: '/crm/settings/' },
    permission: 'company:update',
  },
  {
    id: 'company_profile',
    task: 'update the company’s details',
    match: [/\b(?:change|edit|update|set|add|fix)\b/, /\b(?:company|business)(?:'s)? (?:name|address|phone|email|license|profile|info|information|details|state|trades?)\b/],
    steps: ['Open Settings (the Company tab).', 'Edit the Company name, trades, State, License number, Business phone, email or address.', 'Click Save changes.'],
    page: { label: 'Settings', href: '/crm/settings/' },
    permission: 'company:update',
  },
  {
    id: 'add_property',
    task: 'add a property to a customer',
    match: [near('add|enter|create|new|another|second', String.raw`propert(?:y|ies)|address(?:es)?|rentals?|locations?`), CUSTOMERS],
    steps: ['Open Customers and click the customer.', 'In the Properties card, click Add property.', 'Enter the Street address (and City, State, ZIP, a Label like "Rental"), then click Add property.'],
    page: { label: 'Customers', href: '/crm/customers/' },
    permission: 'customers:write',
  },
  {
    id: 'add_equipment',
    task: 'record a customer’s equipment',
    match: [near('add|record|enter|track|log|save', String.raw`equipment|warrant(?:y|ies)|appliances?|serial numbers?`)],
    steps: [
      'Open Customers and click the customer.',
      'In the Equipment card, click Add equipment.',
      'Fill in What is it, Make, Model, Serial number, the Property, Installed on and Warranty ends.',
      'Click Add equipment. Z can then tell how old it is and when the warranty runs out.',
    ],
    page: { label: 'Customers', href: '/crm/customers/' },
    permission: 'customers:write',
  },
  {
    id: 'add_customer',
    task: 'add a customer',
    match: [near('add|create|new|enter|make|set up|put in', String.raw`customers?|clients?`)],
    steps: ['Open Customers and click New customer.', 'Enter the Name and, if you have them, Email, Phone, Address and Notes.', 'Click Add customer.'],
    page: { label: 'Customers', href: '/crm/customers/' },
    permission: 'customers:write',
  },
  {
    id: 'add_lead',
    task: 'add a lead',
    match: [near('add|create|enter|new|log|track|put in', 'leads?')],
    steps: [
      'Open Leads and click New lead.',
      'Enter the Name and what you know: Email, Phone, Address, Trade, Estimated value ($), Source, Assigned to, Notes.',
      'Click Add lead. Move it across the board as it progresses.',
    ],
    page: { label: 'Leads', href: '/crm/leads/' },
    permission: 'leads:write',
  },
  {
    id: 'email_outbox',
    task: 'check the emails sent to customers',
    match: [
      /\b(?:outbox|sent emails?|emails? (?:(?:we|i|you|that) )?(?:sent|went out)|emails? (?:log|history|status)|(?:email|invoice|bid) (?:go out|went out|delivered|was sent)|check (?:if|whether) .* (?:sent|delivered))\b/,
    ],
    steps: ['Open Settings, then the Email outbox tab.', 'Each bid and invoice emailed is listed with its status; click one to see exactly what the customer received.'],
    page: { label: 'Email outbox', href: '/crm/settings/outbox/' },
    permission: 'outbox:read',
  },
  {
    id: 'delete_customer',
    task: 'delete a customer',
    match: [near('delete|remove|merge|get rid of', String.raw`(?:duplicate )?customers?|(?:duplicate )?clients?|duplicates?`)],
    steps: [
      'Open Customers and find the customer (search by name, email or phone).',
      'Click Delete on their row and confirm.',
      'Their properties, equipment and messages go with them. A customer who has jobs, bids or invoices is kept: the delete is refused, so their history stays whole.',
    ],
    page: { label: 'Customers', href: '/crm/customers/' },
    permission: 'customers:delete',
  },
]
