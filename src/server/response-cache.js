/**
 * A bounded in-process cache of whole responses. Every page, API answer and CSV of Overslag is a
 * pure function of its URL (and the build), so a URL asked for again can be answered from memory
 * without running SvelteKit at all. Least recently used entries go first once either bound is
 * reached: a number of entries and a number of bytes.
 */

/**
 * @typedef {object} CachedResponse
 * @property {number} status
 * @property {Record<string, string | string[] | number>} headers
 * @property {Buffer} body
 */

export class ResponseCache {
	/** @type {Map<string, CachedResponse>} */
	#entries = new Map();
	#bytes = 0;
	#maxEntries;
	#maxBytes;

	/**
	 * @param {number} maxEntries
	 * @param {number} maxBytes the bodies' total size
	 */
	constructor(maxEntries, maxBytes) {
		this.#maxEntries = maxEntries;
		this.#maxBytes = maxBytes;
	}

	get size() {
		return this.#entries.size;
	}

	get bytes() {
		return this.#bytes;
	}

	/** The response stored under `key`, now the most recently used; undefined if none. @param {string} key */
	get(key) {
		const entry = this.#entries.get(key);
		if (entry === undefined) return undefined;
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return entry;
	}

	/**
	 * Stores `response` under `key`, dropping the least recently used entries to make room. A body
	 * larger than a tenth of the byte bound is not kept: one answer must not empty the cache.
	 * @param {string} key
	 * @param {CachedResponse} response
	 */
	set(key, response) {
		const size = response.body.length;
		if (size > this.#maxBytes / 10) return;
		this.delete(key);
		this.#entries.set(key, response);
		this.#bytes += size;
		for (const [oldest, entry] of this.#entries) {
			if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
			this.#entries.delete(oldest);
			this.#bytes -= entry.body.length;
		}
	}

	/** @param {string} key */
	delete(key) {
		const entry = this.#entries.get(key);
		if (entry === undefined) return;
		this.#entries.delete(key);
		this.#bytes -= entry.body.length;
	}
}

/**
 * Whether a response may be kept: a complete answer that says any shared cache may keep it
 * (`s-maxage`, not `no-store` or `private`). Static files (`immutable`, no `s-maxage`) are served
 * from disk as fast, and an answer cut short by its time limit says `no-store`.
 * @param {number} status
 * @param {string | number | string[] | undefined} cacheControl
 */
export function isCacheable(status, cacheControl) {
	if (status !== 200 && status !== 400 && status !== 404) return false;
	if (typeof cacheControl !== 'string') return false;
	return /\bs-maxage=\d/.test(cacheControl) && !/\b(no-store|private)\b/.test(cacheControl);
}
