// App-wide state: is storage usable, the person's preferences, and the service worker's news.

import { browser } from '$app/environment';
import type { InstallPromptEvent } from '$lib/device/install';
import type { UpdateHandle } from '$lib/device/service-worker';
import type { StorageProblem } from '$lib/storage/db';
import { defaultContacts, type Contacts } from '$lib/safety/contacts';
import { DEFAULT_PREFERENCES } from '$lib/preferences';
import { afterNextPaint, nothingStored } from '$lib/storage/peek';
import type { Preferences, SessionRecord } from '$lib/storage/schema';

// The database code loads only when storage is first used, so pages that show no stored data
// (Learn) start without it.
const storage = () => Promise.all([import('$lib/storage/db'), import('$lib/storage/repo')]);

class AppState {
	/** Set when storage cannot be opened or a write failed; the app stays readable. */
	storageProblem = $state<StorageProblem | null>(null);
	ready = $state(false);
	preferences = $state<Preferences>({ ...DEFAULT_PREFERENCES });
	/** Whom to call: the emergency number (from the region until changed) and the care team. */
	contacts = $state<Contacts>(defaultContacts(browserLocales()));
	updateReady = $state<UpdateHandle | null>(null);
	offlineReady = $state(false);
	installOffer = $state<InstallPromptEvent | null>(null);
	/** A walk is under way: no reload, no update prompt until it ends. */
	walkRunning = $state(false);
	/** A walk test is timing: no menu, nothing to tap away to. */
	testRunning = $state(false);

	#started: Promise<void> | null = null;
	/** Asked once, as the app's code runs: is this a first visit, with nothing stored yet? */
	#nothingStored: Promise<boolean> = browser ? nothingStored() : Promise.resolve(false);
	#opening = false;
	#woken!: () => void;
	#wokenAt = new Promise<void>((resolve) => (this.#woken = resolve));
	#painted = this.#wokenAt.then(() => afterNextPaint());

	/**
	 * Nothing is stored on this device yet, as the app found when it started, and storage has
	 * not been opened since. Pages then draw their "nothing yet" state at once, without the
	 * database code.
	 */
	async firstVisit(): Promise<boolean> {
		return !this.#opening && (await this.#nothingStored);
	}

	/** The layout calls this once SvelteKit has woken the page. */
	woken(): void {
		this.#woken();
	}

	/** Resolves once the woken page has been painted: for work that can wait until it is seen. */
	painted(): Promise<void> {
		return this.#painted;
	}

	/** Resolves once what is drawn now is on the screen: for the rest of a long page. */
	afterPaint(): Promise<void> {
		return afterNextPaint(1);
	}

	start(): Promise<void> {
		this.#started ??= this.#open();
		return this.#started;
	}

	async #open(): Promise<void> {
		// A first visit has nothing to read: the page wakes and is painted before the database
		// code is fetched (on a slow network it would hold the first paint back).
		if (await this.#nothingStored) await this.#painted;
		this.#opening = true;
		const [{ onStorageProblem, openDatabase }, { getContacts, getPreferences }] = await storage();
		onStorageProblem((problem) => (this.storageProblem = problem));
		this.storageProblem = await openDatabase();
		if (!this.storageProblem) {
			try {
				this.preferences = await getPreferences();
				this.contacts = (await getContacts()) ?? this.contacts;
			} catch {
				/* defaults will do */
			}
		}
		this.ready = true;
	}

	/** After a restore or an erase: what is stored now, or the defaults. */
	async reloadPreferences(): Promise<void> {
		try {
			const [, { getContacts, getPreferences }] = await storage();
			this.preferences = await getPreferences();
			this.contacts = (await getContacts()) ?? defaultContacts(browserLocales());
		} catch {
			this.preferences = { ...DEFAULT_PREFERENCES };
		}
	}

	async setContacts(next: Contacts): Promise<boolean> {
		try {
			const [, { saveContacts }] = await storage();
			await saveContacts(next);
			this.contacts = next;
			return true;
		} catch {
			return false;
		}
	}

	async setPreferences(next: Partial<Preferences>): Promise<boolean> {
		// Merged with what is stored, never with the defaults shown before it was read.
		await this.start();
		const merged = { ...this.preferences, ...next };
		try {
			const [, { savePreferences }] = await storage();
			await savePreferences(merged);
			this.preferences = merged;
			return true;
		} catch {
			return false;
		}
	}
}

function browserLocales(): readonly string[] {
	return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

export const app = new AppState();

// In the browser, storage opens as soon as the app's code runs, while SvelteKit is still waking
// the page: on a slow phone network the database code and the first read then arrive one step
// sooner, and so do the figures a page shows (the largest paint). On a first visit it
// waits for the page's first paint (see #open).
if (browser) void app.start();

/** The walk still running, if any (a reload or a new tab finds it here). */
export async function runningSession(): Promise<SessionRecord | null> {
	const [, { activeSession }] = await storage();
	return activeSession();
}
