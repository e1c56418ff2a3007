/**
 * A function that remembers its last answer. Framework-free.
 */

/**
 * `compute`, remembering its last answer: called again with arguments `equal` to the last call's,
 * it returns that answer (the same object) instead of working it out anew. For the series one
 * run of the model after another asks for again: a tornado's runs vary one input each, so most
 * of them share their discount divisors and their persons in work by year. The answer must not
 * be modified by the caller.
 */
export function rememberLast<A extends readonly unknown[], R>(
	compute: (...args: A) => R,
	equal: (a: A, b: A) => boolean
): (...args: A) => R {
	let last: { args: A; answer: R } | undefined;
	return (...args: A) => {
		if (last === undefined || !equal(last.args, args)) last = { args, answer: compute(...args) };
		return last.answer;
	};
}
