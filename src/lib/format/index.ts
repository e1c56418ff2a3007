/**
 * Locale-aware parsing and formatting of numbers, money and shares (nb, da, en). Framework-free.
 */
export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from './locale';
export { CURRENCIES, isCurrency, type Currency } from './currency';
export {
	formatNumber,
	formatMoney,
	formatShare,
	formatCompact,
	formatByUnit,
	currencySign,
	NO_VALUE,
	type FractionDigits
} from './format-number';
export { formulaSymbols, formulaSubstituted } from './formula';
export {
	parseLocaleNumber,
	parseSignedLocaleNumber,
	PARSE_ERROR_CODES,
	MAX_INPUT_LENGTH,
	type ParseErrorCode,
	type ParseKind,
	type ParseResult
} from './parse-number';
