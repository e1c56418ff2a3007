/**
 * Resolves once `element` is within a screen's height of the viewport (at once where
 * IntersectionObserver is missing): what lies far down a phone's page costs nothing until the
 * reader scrolls towards it. `cancel` stops watching. Browser-only.
 */
export function nearViewport(element: Element): { reached: Promise<void>; cancel: () => void } {
	if (typeof IntersectionObserver === 'undefined') {
		return { reached: Promise.resolve(), cancel: () => undefined };
	}
	let observer: IntersectionObserver | undefined;
	const reached = new Promise<void>((resolve) => {
		observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer?.disconnect();
				resolve();
			},
			{ rootMargin: '100% 0px' }
		);
		observer.observe(element);
	});
	return { reached, cancel: () => observer?.disconnect() };
}
