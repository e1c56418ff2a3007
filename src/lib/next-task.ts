/**
 * Resolves in a later task of the browser's event loop: what follows the `await` runs as a task
 * of its own, and a tap or keystroke waiting since before is handled in between. A message to
 * itself rather than a timer: timers may be held back (nested ones by 4 ms at least), a message
 * task is not. Framework-free.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(undefined);
	});
}
