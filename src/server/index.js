/**
 * Overslag's production server: SvelteKit's adapter-node handler inside a plain `node:http`
 * server of our own, for what the adapter's own entry cannot do.
 *
 * - Time limits: a client has 10 s to send its request headers (`headersTimeout`) and its whole
 *   request (`requestTimeout`; every route reads only its URL), so slow connections cannot pile up.
 * - Security headers on every answer: static files, answers from the cache, and the errors Node
 *   or SvelteKit write before any route runs (400, 403, 408, 431) carry the same ones.
 * - Static files answer GET and HEAD only; any other method gets 405 naming both.
 * - A bounded cache of whole answers (`./response-cache.js`): a page, API answer or CSV is a pure
 *   function of its URL, so a URL asked for again is answered from memory, SvelteKit not involved.
 *
 * Run after `npm run build`: `node src/server/index.js`. Environment: `PORT` (3000), `HOST`
 * (0.0.0.0), `ORIGIN`, `PROTOCOL_HEADER`, `HOST_HEADER` … as for adapter-node (see the README),
 * `BUILD_DIR` (build), `CACHE_ENTRIES` (2000) and `CACHE_MEGABYTES` (64).
 */
import { readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { securityHeaders } from './headers.js';
import { isCacheable, ResponseCache } from './response-cache.js';

const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** How often Node looks for requests past their time (its default, 30 s, would let them wait). */
const TIMEOUT_CHECK_MS = 1_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;
const STATIC_METHODS = 'GET, HEAD';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const originIsHttps = (process.env.ORIGIN ?? '').startsWith('https://');
const protocolHeader = (process.env.PROTOCOL_HEADER ?? '').toLowerCase();

/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void }} */
const { handler } = await import(pathToFileURL(path.join(buildDir, 'handler.js')).href);
const staticPaths = listStaticFiles(path.join(buildDir, 'client'));
const cache = new ResponseCache(
	Number(process.env.CACHE_ENTRIES ?? 2000),
	Number(process.env.CACHE_MEGABYTES ?? 64) * 1024 * 1024
);

/**
 * Every file the adapter serves from disk, as URL paths (`/favicon.png`, `/_app/…`).
 * @param {string} root
 * @returns {Set<string>}
 */
function listStaticFiles(root) {
	const paths = new Set();
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		paths.add('/' + path.relative(root, file).split(path.sep).join('/'));
	}
	return paths;
}

/** @param {http.IncomingMessage} req */
function isHttps(req) {
	if (originIsHttps) return true;
	if (protocolHeader !== '' && req.headers[protocolHeader] === 'https') return true;
	return 'encrypted' in req.socket && req.socket.encrypted === true;
}

/** @param {string | undefined} url */
function pathnameOf(url) {
	const end = (url ?? '/').search(/[?#]/);
	return end === -1 ? (url ?? '/') : (url ?? '/').slice(0, end);
}

/** The cache key: the URL as sent, and whether the answer may be gzipped. @param {http.IncomingMessage} req */
function cacheKey(req) {
	const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	return `${gzip ? 'gzip' : 'identity'} ${req.url}`;
}

/**
 * Lets SvelteKit answer, keeping a copy of the answer when it may be cached.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {string} key
 */
function answerAndKeep(req, res, key) {
	/** @type {Buffer[]} */
	const chunks = [];
	/** Whether the answer may be kept, known once its headers are: static files are not copied. */
	let keeping = /** @type {boolean | undefined} */ (undefined);
	const write = res.write.bind(res);
	const end = res.end.bind(res);
	/** @param {unknown} chunk @param {unknown} encoding */
	const keep = (chunk, encoding) => {
		keeping ??= isCacheable(res.statusCode, res.getHeader('cache-control'));
		if (!keeping) return;
		if (typeof chunk === 'string') {
			const named = typeof encoding === 'string' ? encoding : 'utf8';
			chunks.push(Buffer.from(chunk, /** @type {BufferEncoding} */ (named)));
		} else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	res.write = /** @type {typeof res.write} */ (
		(/** @type {any} */ chunk, /** @type {any} */ ...rest) => {
			keep(chunk, rest[0]);
			return write(chunk, ...rest);
		}
	);
	res.end = /** @type {typeof res.end} */ (
		(/** @type {any} */ chunk, /** @type {any} */ ...rest) => {
			if (typeof chunk !== 'function') keep(chunk, rest[0]);
			const headers = res.getHeaders();
			if (keeping ?? isCacheable(res.statusCode, headers['cache-control'])) {
				// Nothing here sets a cookie; should anything ever, it belongs to one client only.
				delete headers['set-cookie'];
				cache.set(key, {
					status: res.statusCode,
					headers: /** @type {Record<string, string | string[] | number>} */ (headers),
					body: Buffer.concat(chunks)
				});
			}
			return end(chunk, ...rest);
		}
	);
	handler(req, res, () => notFound(res));
}

/** @param {http.ServerResponse} res */
function notFound(res) {
	res.statusCode = 404;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end('Not found');
}

const server = http.createServer(
	{
		headersTimeout: HEADERS_TIMEOUT_MS,
		requestTimeout: REQUEST_TIMEOUT_MS,
		connectionsCheckingInterval: TIMEOUT_CHECK_MS
	},
	(req, res) => {
		const pathname = pathnameOf(req.url);
		for (const [name, value] of Object.entries(securityHeaders(pathname, isHttps(req)))) {
			res.setHeader(name, value);
		}
		const method = req.method ?? 'GET';
		const readOnly = method === 'GET' || method === 'HEAD';
		if (!readOnly && (staticPaths.has(pathname) || pathname.startsWith('/_app/'))) {
			res.writeHead(405, { Allow: STATIC_METHODS, 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`405 Method Not Allowed: ${pathname} answers ${STATIC_METHODS} only.\n`);
			return;
		}
		if (!readOnly) {
			handler(req, res, () => notFound(res));
			return;
		}
		const key = cacheKey(req);
		const cached = cache.get(key);
		if (cached === undefined) {
			if (method === 'GET') answerAndKeep(req, res, key);
			else handler(req, res, () => notFound(res));
			return;
		}
		const etag = cached.headers.etag;
		const held = req.headers['if-none-match'];
		if (cached.status === 200 && typeof etag === 'string' && held !== undefined) {
			const tags = held.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
			if (tags.includes(etag) || tags.includes('*')) {
				// A 304 carries the validators and caching headers of the answer, not its body's.
				const headers = { ...cached.headers };
				delete headers['content-encoding'];
				delete headers['content-length'];
				res.writeHead(304, headers);
				res.end();
				return;
			}
		}
		res.writeHead(cached.status, cached.headers);
		res.end(method === 'HEAD' ? undefined : cached.body);
	}
);

/**
 * Errors Node answers before any handler runs (headers too large, a malformed request, a client
 * too slow to send its headers) get the same security headers as every other answer.
 */
server.on('clientError', (error, socket) => {
	if (!socket.writable) return socket.destroy();
	const code = /** @type {{ code?: string }} */ (error).code;
	const [status, reason] =
		code === 'HPE_HEADER_OVERFLOW'
			? [431, 'Request Header Fields Too Large']
			: code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? [408, 'Request Timeout']
				: [400, 'Bad Request'];
	const headers = Object.entries(securityHeaders('/', originIsHttps))
		.map(([name, value]) => `${name}: ${value}\r\n`)
		.join('');
	const body = `${status} ${reason}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
			`Content-Length: ${body.length}\r\n${headers}\r\n${body}`
	);
});

server.listen(port, host, () => {
	console.log(`Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

/** Stops taking connections and lets the answers under way finish (SIGTERM from a supervisor). */
function shutdown() {
	server.closeIdleConnections();
	server.close(() => process.exit(0));
	setTimeout(() => server.closeAllConnections(), SHUTDOWN_TIMEOUT_MS).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
