// Shared test set-up: every test fails if the app sends any request outside its own origin.
import {
	test as base,
	expect,
	chromium,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config, { BASE_URL, CHROMIUM_ARGS } from '../../playwright.config';
import { tenYears } from '../../scripts/ten-years.mjs';

function isOwnOrigin(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:')) return true;
	return new URL(url).origin === BASE_URL;
}

/** Records every request a context makes that leaves the app's origin. */
export function watchOrigins(context: BrowserContext): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		if (!isOwnOrigin(request.url())) foreign.push(request.url());
	});
	return foreign;
}

/**
 * Makes goto and reload wait until the page is hydrated: a prerendered page shows its buttons
 * before Svelte has wired them, and a click in that moment does nothing.
 */
export function waitForHydration(page: Page): Page {
	const hydrated = () => page.waitForSelector('body[data-hydrated]', { state: 'attached' });
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		await hydrated();
		return response;
	};
	page.reload = async (...args) => {
		const response = await reload(...args);
		await hydrated();
		return response;
	};
	return page;
}

/**
 * Records every Content Security Policy violation in any page of the context: a blocked
 * script, style, image or connection shows up here, and the test fails.
 */
export async function watchPolicy(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.exposeBinding('__cspViolation', (_source, text: string) => {
		violations.push(text);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`
			);
		});
	});
	return violations;
}

/**
 * A click on a walk control that has just appeared waits until the control takes taps, as a
 * person's tap would land: its 400 ms hold (a CSS animation, routes/walk) is waited out exactly,
 * where Playwright's own retries would wait up to about 0.7 s. Tests of taps within the hold
 * tap through CDP (double-tap.spec.ts), not through click.
 */
function clickWhenTaken(page: Page): void {
	const proto = Object.getPrototypeOf(page.locator('body')) as {
		click: Locator['click'];
		clickWaits?: boolean;
	};
	if (proto.clickWaits) return;
	proto.clickWaits = true;
	const click = proto.click;
	proto.click = async function (this: Locator, options) {
		if (!options?.force && !options?.trial) {
			await this.evaluate(
				(el) =>
					Promise.all(
						el
							.getAnimations()
							.filter((a) => (a as CSSAnimation).animationName === 'hold-taps')
							.map((a) => a.finished)
					).then(() => undefined),
				undefined,
				{ timeout: options?.timeout }
			).catch(() => undefined);
		}
		return click.call(this, options);
	};
}

export const test = base.extend<{ foreignRequests: string[]; policyViolations: string[] }>({
	page: async ({ page, context }, use) => {
		clickWhenTaken(page);
		context.on('page', waitForHydration);
		await use(waitForHydration(page));
	},
	foreignRequests: [
		async ({ context }, use) => {
			const foreign = watchOrigins(context);
			await use(foreign);
			expect(foreign, 'requests that left the app’s origin').toEqual([]);
		},
		{ auto: true }
	],
	policyViolations: [
		async ({ context }, use) => {
			const violations = await watchPolicy(context);
			await use(violations);
			expect(violations, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** A browser profile on disk, to close the browser and open it again as a person would. */
export async function persistentProfile(dir = mkdtempSync(join(tmpdir(), 'legwork-profile-'))) {
	const use = config.use ?? {};
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: use.launchOptions?.executablePath,
		args: CHROMIUM_ARGS,
		baseURL: BASE_URL,
		viewport: use.viewport ?? undefined,
		locale: use.locale,
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	const foreign = watchOrigins(context);
	context.pages().forEach(waitForHydration);
	context.on('page', waitForHydration);
	return { dir, context, foreign };
}

/** Waits until the service worker controls the page, so everything is precached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page
		.waitForFunction(
			async () => {
				const reg = await navigator.serviceWorker.ready;
				return !!reg.active && !!navigator.serviceWorker.controller;
			},
			null,
			{ timeout: 30_000 }
		)
		.catch(async () => {
			// The first visit is not controlled until a reload (no clients.claim: a page keeps the
			// worker it started with, so an update never swaps code under a running walk).
			await page.reload();
			await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, {
				timeout: 30_000
			});
		});
}

/** The quick safety check before a walk: all clear, if it is asked (once a day). */
export async function passCheck(page: Page): Promise<void> {
	const clear = page.getByTestId('all-clear');
	const warmUp = page.getByRole('heading', { level: 1, name: 'Warm-up' });
	await expect(clear.or(warmUp)).toBeVisible();
	if (await clear.isVisible()) await clear.click();
	await expect(warmUp).toBeVisible();
}

/**
 * After the walking: skips the remaining parts (cool-down, leg raising), a second apart on the
 * page's installed clock, then saves the walk. Each skip waits for the next part to be drawn,
 * or the old Skip could be taken for a new one.
 */
export async function skipToSave(page: Page): Promise<void> {
	const save = page.getByTestId('save-finish');
	const skip = page.getByTestId('skip-part');
	const heading = page.getByRole('heading', { level: 1 });
	for (;;) {
		await expect(save.or(skip).first()).toBeVisible();
		if (await save.isVisible()) break;
		const was = (await heading.textContent()) ?? '';
		await page.clock.runFor(1000);
		await skip.click();
		await expect(heading).not.toHaveText(was);
	}
	await save.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Walk saved' })).toBeVisible();
}

/** Every record of one table, read straight from IndexedDB, as the app stored it. */
export async function readTable<T = Record<string, unknown>>(
	page: Page,
	table: string
): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('legwork');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction(name).objectStore(name).getAll();
					all.onsuccess = () => {
						open.result.close();
						resolve(all.result as T[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		table
	);
}

/** The types of the stored walk events, in the order they were recorded. */
export async function eventTypes(page: Page): Promise<string[]> {
	const events = await readTable<{ seq: number; type: string }>(page, 'events');
	return events.sort((a, b) => a.seq - b.seq).map((e) => e.type);
}

/**
 * About 200 % text (a little more, to be safe): what a person with large text set sees. Set
 * through the CSS object model: the app's Content Security Policy refuses an injected <style>.
 */
export async function largeText(page: Page): Promise<void> {
	await page.evaluate(() =>
		document.documentElement.style.setProperty('font-size', '225%', 'important')
	);
}

export { ALL_PAGES } from '../pages.mjs';

/**
 * Every control on the page whose tap area is smaller than 48 by 48 CSS px. The tap area is the
 * control's box joined with its labels' boxes (a label takes the tap for its control), as a
 * person's finger meets it. Hidden controls and the skip link (shown on focus) are left out.
 */
export async function tapAreaProblems(page: Page, min = 48): Promise<string[]> {
	return page.evaluate((min) => {
		const controls = document.querySelectorAll<HTMLElement>(
			'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])'
		);
		const problems: string[] = [];
		for (const el of controls) {
			if (el.classList.contains('skip')) continue;
			const own = el.getBoundingClientRect();
			if (own.width === 0 && own.height === 0) continue;
			if (getComputedStyle(el).visibility === 'hidden') continue;
			const boxes = [own];
			const labels = (el as HTMLInputElement).labels;
			if (labels) for (const label of labels) boxes.push(label.getBoundingClientRect());
			const left = Math.min(...boxes.map((b) => b.left));
			const right = Math.max(...boxes.map((b) => b.right));
			const top = Math.min(...boxes.map((b) => b.top));
			const bottom = Math.max(...boxes.map((b) => b.bottom));
			// Half a pixel of rounding is not a smaller target.
			if (right - left < min - 0.5 || bottom - top < min - 0.5) {
				const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
				problems.push(
					`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${name}" ${Math.round(right - left)}x${Math.round(bottom - top)}`
				);
			}
		}
		return problems;
	}, min);
}

/**
 * Starts recording layout shifts in every page of the context, from the first paint on; read
 * the total with layoutShift(page). Chromium only (the Layout Instability API).
 */
export async function watchLayoutShift(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const w = window as unknown as { __shift: number; __shifts: string[] };
		w.__shift = 0;
		w.__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				w.__shift += entry.value;
				// Each source with where it was and where it went, so a failure says what moved.
				const rect = (r: DOMRectReadOnly) =>
					`${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
				w.__shifts.push(
					`${entry.value.toFixed(4)} ${(entry.sources ?? [])
						.map(
							(s) =>
								`${(s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? '?'} ` +
								`[${rect(s.previousRect)} -> ${rect(s.currentRect)}] ` +
								`at ${location.pathname}, scrolled ${scrollX},${scrollY}, ` +
								`viewport ${innerWidth}x${innerHeight}, page ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`
						)
						.join(' | ')}`
				);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts recorded in this page since it loaded (see watchLayoutShift). */
export async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
	return page.evaluate(() => {
		const w = window as unknown as { __shift: number; __shifts: string[] };
		return { total: w.__shift, shifts: w.__shifts };
	});
}

/** What a test may change in the year's backup before it is restored. */
export interface YearBackup {
	tables: {
		sessions: { id: string }[];
		events: {
			id: string;
			sessionId: string;
			seq: number;
			type: string;
			[field: string]: unknown;
		}[];
	};
}

/**
 * A year of daily walks (28 November 2016 on), restored on Your data as a person would, seen the
 * day after the last one: the page's clock is set to 28 November 2017. With `realClock`, the
 * year ends yesterday and the page keeps the browser's own clock (and its own animation frames:
 * a test that watches frames needs them).
 */
export async function restoreYear(
	page: Page,
	{
		realClock = false,
		change
	}: {
		realClock?: boolean;
		/** Changes the year's backup before it is restored. */
		change?: (backup: YearBackup) => void;
	} = {}
): Promise<void> {
	const DAY = 86_400_000;
	const start = new Date();
	start.setUTCHours(9, 0, 0, 0);
	if (!realClock) await page.clock.install({ time: new Date('2017-11-28T12:00:00') });
	const file = join(mkdtempSync(join(tmpdir(), 'legwork-year-')), 'year.json');
	const backup = (realClock
		? tenYears(365, start.getTime() - 365 * DAY)
		: tenYears(365)) as unknown as YearBackup;
	change?.(backup);
	writeFileSync(file, JSON.stringify(backup));
	await page.goto('/data');
	await page.getByTestId('backup-file').setInputFiles(file);
	await page.getByTestId('replace').click();
	await expect(page.getByTestId('restored')).toBeVisible({ timeout: 60_000 });
}
