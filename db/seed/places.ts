/** Connecticut towns the demo company serves (Hartford County and the shoreline), with ZIP and area code. */
export type Town = { name: string; zip: string; areaCode: '860' | '203' }

export const towns: Town[] = [
  { name: 'Glastonbury', zip: '06033', areaCode: '860' },
  { name: 'Manchester', zip: '06040', areaCode: '860' },
  { name: 'West Hartford', zip: '06107', areaCode: '860' },
  { name: 'Wethersfield', zip: '06109', areaCode: '860' },
  { name: 'Newington', zip: '06111', areaCode: '860' },
  { name: 'Rocky Hill', zip: '06067', areaCode: '860' },
  { name: 'South Windsor', zip: '06074', areaCode: '860' },
  { name: 'Simsbury', zip: '06070', areaCode: '860' },
  { name: 'Avon', zip: '06001', areaCode: '860' },
  { name: 'Farmington', zip: '06032', areaCode: '860' },
  { name: 'Bloomfield', zip: '06002', areaCode: '860' },
  { name: 'Windsor', zip: '06095', areaCode: '860' },
  { name: 'Enfield', zip: '06082', areaCode: '860' },
  { name: 'Vernon', zip: '06066', areaCode: '860' },
  { name: 'Tolland', zip: '06084', areaCode: '860' },
  { name: 'Cromwell', zip: '06416', areaCode: '860' },
  { name: 'Middletown', zip: '06457', areaCode: '860' },
  { name: 'Berlin', zip: '06037', areaCode: '860' },
  { name: 'New Britain', zip: '06051', areaCode: '860' },
  { name: 'Southington', zip: '06489', areaCode: '860' },
  { name: 'East Hartford', zip: '06108', areaCode: '860' },
  { name: 'Canton', zip: '06019', areaCode: '860' },
  { name: 'Ellington', zip: '06029', areaCode: '860' },
  { name: 'Coventry', zip: '06238', areaCode: '860' },
  { name: 'Hebron', zip: '06248', areaCode: '860' },
  { name: 'Marlborough', zip: '06447', areaCode: '860' },
  { name: 'Portland', zip: '06480', areaCode: '860' },
  { name: 'Wallingford', zip: '06492', areaCode: '203' },
  { name: 'Cheshire', zip: '06410', areaCode: '203' },
  { name: 'Hamden', zip: '06518', areaCode: '203' },
  { name: 'Madison', zip: '06443', areaCode: '203' },
  { name: 'Guilford', zip: '06437', areaCode: '203' },
]

export const streets = [
  'Maple Ave', 'Oak St', 'Elm St', 'Church St', 'Highland Ave', 'Ridge Rd', 'Hebron Ave', 'Prospect St',
  'Spring St', 'Laurel Ln', 'Brookside Dr', 'Birch Hill Rd', 'Country Club Rd', 'Stonewall Ln',
  'Winding Brook Dr', 'Old Mill Rd', 'Cider Mill Rd', 'Pine Knob Rd', 'Meadow Ln', 'Chestnut Hill Rd',
  'Wintergreen Ln', 'Coles Rd', 'Buckingham St', 'Salmon Brook Dr', 'Farm Hill Rd', 'Tryon St',
  'Griswold St', 'Talcott Rd', 'Mountain Rd', 'Orchard Hill Dr', 'Whirlwind Hill Rd', 'Colonial Dr',
  'Fox Run', 'Lakeview Dr', 'Boston Post Rd', 'Quarry Rd', 'Stagecoach Rd', 'Wolcott Hill Rd',
]

export const firstNames = [
  'Karen', 'Michael', 'Jennifer', 'David', 'Lisa', 'James', 'Maria', 'Robert', 'Susan', 'Thomas',
  'Angela', 'Brian', 'Nicole', 'Kevin', 'Rachel', 'Steven', 'Megan', 'Anthony', 'Laura', 'Christopher',
  'Emily', 'Daniel', 'Samantha', 'Joseph', 'Amanda', 'Patrick', 'Heather', 'Matthew', 'Kristen', 'Andrew',
  'Gwen', 'Raj', 'Mei', 'Tomasz', 'Aisha', 'Carlos', 'Yolanda', 'Hiroshi', 'Fatima', 'Sean',
  'Colleen', 'Victor', 'Deborah', 'Ethan', 'Olivia', 'Grace', 'Nathan', 'Monique', 'Paul', 'Irene',
]

export const lastNames = [
  'Mulligan', 'Kowalczyk', 'Pereira', 'Sullivan', 'DeLuca', 'Nguyen', 'Brennan', 'Castellano', 'Fitzgerald',
  'Okafor', 'Lindqvist', 'Rossi', 'Murphy', 'Patel', 'Goldberg', 'Rivera', 'Kelleher', 'Zhang', 'Marino',
  'Dubois', 'Hartley', 'Santos', 'McCarthy', 'Ferreira', 'Albanese', 'Park', 'Quinn', 'Haddad', 'Walsh',
  'Bouchard', 'Kaminski', 'Torres', 'Costa', 'Reilly', 'Abbott', 'Whitman', 'Gallagher', 'Moreau',
  'Stanton', 'Iacono', 'Levesque', 'Boyle', 'Horvath', 'Sokolov', 'Vasquez', 'Ward', 'Nakamura', 'Ellison',
]

/** Businesses and associations among the customers, with what makes them distinct. */
export const businesses = [
  { name: 'Glastonbury Family Dental', email: 'frontdesk.gfdental@example.com', town: 'Glastonbury', street: '2400 Main St', notes: 'Work after 5 pm or Saturdays only — patients during the day.' },
  { name: 'Maple Street Bakery', email: 'orders.maplestbakery@example.com', town: 'Manchester', street: '87 Maple St', notes: 'Ovens on a dedicated 208V panel. Owner opens at 4:30 am.' },
  { name: 'Cedar Ridge Apartments LLC', email: 'pm.cedarridge@example.com', town: 'Vernon', street: '15 Cedar Ridge Dr', notes: 'Property manager: Tanya Fuller. Net 30, PO number required on invoices.' },
  { name: 'Tolland Veterinary Clinic', email: 'manager.tollandvet@example.com', town: 'Tolland', street: '212 Merrow Rd', notes: 'Kennel area must keep heat above 65°F during any HVAC work.' },
  { name: 'Farmington Valley Self Storage', email: 'office.fvstorage@example.com', town: 'Avon', street: '440 West Main St', notes: 'Gate code changes monthly — call the office.' },
]

export const customerNotes = [
  'Gate code 4471.',
  'Dog in the backyard — call ahead.',
  'Prefers text messages over calls.',
  'Pays by check.',
  'Side door entrance; basement panel.',
  'Works from home; quiet hours 12–1.',
  'Elderly homeowner — daughter handles scheduling.',
  'Referred by the Mulligans on Cider Mill Rd.',
  'Oil customer considering a heat pump conversion.',
  'Solar on the roof (installed 2021) — coordinate any panel work.',
]
