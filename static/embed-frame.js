/*
 * Overslag's embed, inside its iframe: tells the host page how tall the content is, whenever
 * that changes, in each format a host understands (docs/embed.md). A classic script of our own
 * origin, allowed by the page's Content-Security-Policy, and independent of the page's own start
 * (which waits for the reader): a host needs the height at once. No storage, no cookies: it works
 * in `sandbox="allow-scripts"` without `allow-same-origin`.
 */
(function () {
	'use strict';
	if (window.parent === window) return;
	var query = new URLSearchParams(location.search);
	// WordPress puts its secret in the fragment: #?secret=abc (or #secret=abc).
	var fragment = new URLSearchParams(location.hash.replace(/^#\??/, ''));
	var id = query.get('id') || '';
	var childId = query.get('childId');
	var secret = fragment.get('secret');
	var last = 0;
	var pending = false;

	function post(message) {
		window.parent.postMessage(message, '*');
	}

	function send(height) {
		post({ type: 'overslag:resize', v: 1, id: id, height: height });
		post({ sentinel: 'amp', type: 'embed-size', height: height });
		post(JSON.stringify({ src: location.href, context: 'iframe.resize', height: height }));
		if (childId) post('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height);
		if (secret) post({ message: 'height', value: height, secret: secret });
	}

	/** The content's own height: never the viewport's, which would only ever grow. */
	function measure() {
		var content = document.querySelector('main') || document.body;
		var style = getComputedStyle(document.body);
		var margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
		return Math.ceil(content.getBoundingClientRect().bottom + window.scrollY + margins);
	}

	function update() {
		pending = false;
		var height = measure();
		if (height === last) return;
		last = height;
		send(height);
	}

	// At most one message a frame, and only when the height changed.
	function schedule() {
		if (pending) return;
		pending = true;
		requestAnimationFrame(update);
	}

	function start() {
		var content = document.querySelector('main') || document.body;
		new ResizeObserver(schedule).observe(content);
		schedule();
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
