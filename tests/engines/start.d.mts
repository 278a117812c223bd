/** Starts a browser, trying again when a start fails (see start.mjs). */
export function startEngine<T>(
	engine: { start(options: { verbose: boolean }): Promise<T> },
	options?: { attempts?: number; pauseMs?: number; log?: (line: string) => void }
): Promise<T>;
