/**
 * The reader's first sign of intent anywhere on the page: a pointer over it, a press, a focus or
 * a key. Until then the page is the server's, complete and readable; what only the browser can
 * do (follow typing, copy a link) is needed from that moment on. A reader who focused something
 * before the page's code arrived (typing ahead of it) has already shown it. Browser-only.
 */

const INTENT = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

let shown = false;
const waiting = new Set<() => void>();

function intend(): void {
	shown = true;
	for (const type of INTENT) document.removeEventListener(type, intend, true);
	const callbacks = [...waiting];
	waiting.clear();
	for (const callback of callbacks) callback();
}

/**
 * Calls `callback` once, at the reader's first intent (at once if it has been shown already).
 * Returns a function that stops waiting.
 */
export function onFirstIntent(callback: () => void): () => void {
	if (!shown && document.activeElement && document.activeElement !== document.body) shown = true;
	if (shown) {
		callback();
		return () => undefined;
	}
	if (waiting.size === 0) {
		for (const type of INTENT) {
			document.addEventListener(type, intend, { capture: true, passive: true });
		}
	}
	waiting.add(callback);
	return () => void waiting.delete(callback);
}
