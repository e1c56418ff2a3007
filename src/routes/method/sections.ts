/**
 * The sections of the method page, in order: each is an anchor (`#formulas`) and a heading
 * (`method.section_formulas`), the same in every language. Framework-free.
 */
export const METHOD_SECTIONS = [
	'computes',
	'inputs',
	'formulas',
	'adjustments',
	'perspectives',
	'claims',
	'precision',
	'sources',
	'limits'
] as const;

export type MethodSectionId = (typeof METHOD_SECTIONS)[number];
