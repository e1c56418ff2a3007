/**
 * The calculation engine of the live calculator: reading the form (parser, zod/mini schema,
 * model, claims, report) and reading a claim typed as published. Everything that needs
 * decimal.js, in one chunk the page loads when the reader first touches the form — the server
 * has already computed what the page shows first.
 */
export { claimField, parseClaimText } from '$lib/claims/claim-text';
export { readForm } from '$lib/form/read';
