/**
 * The reader's first sign of intent anywhere on the page: a pointer over it, a press, a focus, a
 * key, or a field changed by other means (the browser's autofill, a script). Until then the page
 * is the server's, complete and readable; what only the browser can do (follow typing, copy a
 * link) is needed from that moment on. A reader who focused something before the page's code
 * arrived (typing ahead of it) has already shown it.
 *
 * The page comes alive a few tasks after that first sign, and a quick reader may press a button
 * in between: the press is noted here, and the island holding the button presses it again as it
 * comes alive (`takeEarlyPresses`). Browser-only.
 */

const INTENT = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'input', 'change'] as const;

let shown = false;
let listening = false;
const waiting = new Set<() => void>();

/** Whether the page's islands exist: from then on each catches its own presses. */
let alive = false;
/** Buttons pressed before that (only browser code gives them anything to do). */
const earlyPresses = new Set<HTMLElement>();

function intend(): void {
	shown = true;
	for (const type of INTENT) document.removeEventListener(type, intend, true);
	const callbacks = [...waiting];
	waiting.clear();
	for (const callback of callbacks) callback();
}

function notePress(event: Event): void {
	const button = event.target instanceof Element && event.target.closest('button[type="button"]');
	if (button instanceof HTMLElement) earlyPresses.add(button);
}

function listen(): void {
	if (listening) return;
	listening = true;
	if (!shown) {
		for (const type of INTENT) {
			document.addEventListener(type, intend, { capture: true, passive: true });
		}
	}
	if (!alive) document.addEventListener('click', notePress, { capture: true, passive: true });
}

/**
 * Calls `callback` once, at the reader's first intent (at once if it has been shown already).
 * Returns a function that stops waiting.
 */
export function onFirstIntent(callback: () => void): () => void {
	if (!shown && document.activeElement && document.activeElement !== document.body) shown = true;
	listen();
	if (shown) {
		callback();
		return () => undefined;
	}
	waiting.add(callback);
	return () => void waiting.delete(callback);
}

/**
 * The buttons inside `island` the reader pressed before the page came alive, to press again once
 * the island has. The page's islands are all created in one go, so the first call marks the page
 * alive; presses nobody took are forgotten once that go is over.
 */
export function takeEarlyPresses(island: Element): HTMLElement[] {
	if (!alive) {
		alive = true;
		document.removeEventListener('click', notePress, true);
		queueMicrotask(() => earlyPresses.clear());
	}
	const taken = [...earlyPresses].filter((button) => island.contains(button));
	for (const button of taken) earlyPresses.delete(button);
	return taken;
}
