// Before the database code loads: is anything stored at all? On a first visit nothing is, so a
// page can draw its "nothing yet" state at once, and the database code (about 38 kB) is fetched
// after that first frame instead of competing with the page's own code on a slow network.

import { DB_NAME } from './name';

/** How long the peek and the paint may hold storage back, at the most. */
const ANSWER_WITHIN_MS = 1500;
const after = <T>(ms: number, value: T) =>
	new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/**
 * True only when this browser surely holds nothing of Legwork's: our database is not among the
 * ones it lists. Unsure (no list, an error, no IndexedDB) is false, and the caller reads storage
 * as usual. (A listed database is not opened to count its tables: that costs a connection of
 * its own on every start, for the rare person who opened the app once and stored nothing.)
 */
export function nothingStored(): Promise<boolean> {
	// A browser that does not answer soon is unsure too: storage must never wait on this.
	return Promise.race([ask(), after(ANSWER_WITHIN_MS, false)]);
}

async function ask(): Promise<boolean> {
	try {
		return !(await indexedDB.databases()).some((d) => d.name === DB_NAME);
	} catch {
		return false;
	}
}

/**
 * Resolves once what was just drawn is on the screen: a few frames have begun since (a browser
 * reports a paint a frame or two after it), then a message task. Where requestAnimationFrame is
 * not the browser's own (a test's fake clock, which can hold it), the first report of an
 * IntersectionObserver marks the frame instead. A hidden page paints nothing: no wait.
 */
export function afterNextPaint(frames = 3): Promise<void> {
	// A page the browser does not draw for a while (an engine that holds back its frames) waits
	// no longer than this either.
	return Promise.race([painted(frames), after(ANSWER_WITHIN_MS, undefined)]);
}

function painted(frames: number): Promise<void> {
	return new Promise((resolve) => {
		if (document.hidden) return resolve();
		const done = () => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(null);
		};
		if (/\[native code\]/.test(String(requestAnimationFrame))) {
			const frame = () => (--frames > 0 ? requestAnimationFrame(frame) : done());
			requestAnimationFrame(frame);
		} else {
			const observer = new IntersectionObserver(() => {
				observer.disconnect();
				done();
			});
			observer.observe(document.documentElement);
		}
	});
}
