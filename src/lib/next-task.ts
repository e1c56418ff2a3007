/**
 * Resolves in a later task of the browser's event loop: what follows the `await` runs as a task
 * of its own, and a tap or keystroke waiting since before is handled in between. Framework-free.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
