export { type CustomerExport, exportCustomer } from './export.ts';
export { type Forgotten, forgetCustomer } from './forget.ts';
export { findCustomer, identifierOf, type KnownCustomer } from './resolve.ts';
