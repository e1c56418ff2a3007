// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** A page that renders but answers with this status (400 for a bad scenario). */
			status?: number;
		}
	}
}

export {};
