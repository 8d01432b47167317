export * from './values'
export * from './companies'
export * from './members'
