/**
 * The calculator form: the text its fields start with (`fields.ts`), how each field writes a
 * value (`field-text.ts`), the reading of the fields into a scenario and its report (`read.ts`),
 * and a form sent without JavaScript (`submission.ts`). Framework-free.
 */
export { defaultFields, fieldsFromParams } from './fields';
export { readField, readForm, type FieldReading, type FormReading } from './read';
export { readSubmission, type ClaimDraft, type FormSubmission } from './submission';
