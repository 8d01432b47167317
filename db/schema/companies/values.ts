export const trades = [
  'electrical',
  'plumbing',
  'hvac',
  'solar',
  'roofing',
  'general_contracting',
  'remodeling',
  'landscaping',
  'low_voltage',
] as const
export type Trade = (typeof trades)[number]

export const memberRoles = ['owner', 'admin', 'office', 'tech'] as const
export type MemberRole = (typeof memberRoles)[number]

export const companyTiers = ['solo', 'team', 'business', 'enterprise'] as const
export type CompanyTier = (typeof companyTiers)[number]

export const usStates = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY',
] as const
