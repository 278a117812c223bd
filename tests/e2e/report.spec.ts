// The report as a care team receives it: whose it is, and the weekly table fitting the page.
import type { Page } from '@playwright/test';
import { expect, readTable, restoreYear, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');

/** Each page's text, whitespace made single. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(
			content.items
				.map((it) => ('str' in it ? it.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	return pages;
}

test('the report names the person when asked; a date that cannot be is refused at its field', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	// A walk from before the program, added by hand.
	await page.goto('/history/add');
	await page.getByTestId('manual-date').fill('2026-11-16');
	await page.getByTestId('manual-time').fill('08:00');
	await page.getByTestId('manual-active').fill('10');
	await page.getByTestId('save-manual').click();
	await expect(page.getByTestId('added-by-hand')).toBeVisible();
	// The report covers the current program by default, and says so.
	await page.goto('/report');
	await expect(page.getByTestId('report-period')).toContainText(
		/^From Monday,? 23 November 2026 to/
	);
	await expect(page.getByTestId('report-counts')).toContainText('0 walks;');
	await expect(page.getByTestId('report-who')).toHaveCount(0);
	// Which legs and what a clinician said are on the report from onboarding.
	await expect(page.getByTestId('report-legs')).toHaveText('Both legs');
	await expect(page.getByTestId('report-diagnosis')).toContainText('Poor circulation');

	await page.getByTestId('details-name').fill('Mary Jones');
	await page.getByTestId('details-born').fill('2030-04-02');
	await page.getByTestId('save-details').click();
	await expect(page.getByTestId('report-details-form')).toContainText(
		'A date of birth cannot be in the future.'
	);
	await expect(page.getByTestId('details-born')).toBeFocused();
	await expect(page.getByTestId('report-who')).toHaveCount(0);

	await page.getByTestId('details-born').fill('1951-04-02');
	await page.getByTestId('details-clinicNumber').fill('485 777 3456');
	await page.getByTestId('save-details').click();
	await expect(page.getByTestId('details-saved')).toBeVisible();
	await expect(page.getByTestId('report-who')).toContainText('Mary Jones');
	await expect(page.getByTestId('report-who')).toContainText(/2 April 1951/);
	await expect(page.getByTestId('report-who')).toContainText('485 777 3456');
	// Kept on this phone (and so in the backup), and there after a reload.
	const settings = await readTable<{ key: string; value: unknown }>(page, 'settings');
	expect(settings.find((s) => s.key === 'reportDetails')?.value).toEqual({
		name: 'Mary Jones',
		born: '1951-04-02',
		clinicNumber: '485 777 3456'
	});
	await page.reload();
	await expect(page.getByTestId('report-who')).toContainText('Mary Jones');
	await expect(page.getByTestId('details-name')).toHaveValue('Mary Jones');
	// Printed, the form is not; the details are.
	await page.emulateMedia({ media: 'print' });
	const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join(' ');
	expect(text).toContain('Mary Jones');
	expect(text).not.toContain('Save my details');
});

/** Gives every walk's bouts a measured distance, as "Measure distance outdoors" would. */
async function measureEveryWalk(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('legwork');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('sessions', 'readwrite');
					const cursor = tx.objectStore('sessions').openCursor();
					cursor.onsuccess = () => {
						const c = cursor.result;
						if (!c) return;
						const s = c.value;
						s.summary.bouts = (s.summary.bouts ?? []).map(
							(b: { onsetMs: number | null }, i: number) => ({
								...b,
								metres: 1250 + i,
								painFreeMetres: b.onsetMs === null ? null : 1125,
								distancePoor: false
							})
						);
						c.update(s);
						c.continue();
					};
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

for (const measured of [false, true]) {
	test(`twelve weeks of the weekly table fit A4 and US Letter${measured ? ', with the distance columns' : ''}: every column, each row whole, the header on each page`, async ({
		page
	}) => {
		await restoreYear(page);
		if (measured) await measureEveryWalk(page);
		await page.goto('/report');
		await expectFits(page, measured ? 14 : 12);
	});
}

async function expectFits(page: Page, columns: number) {
	await page.getByTestId('report-from').fill('2017-08-28');
	await page.getByTestId('report-to').fill('2017-11-19');
	const rows = page.getByTestId('report-weeks').locator('tbody tr');
	await expect(rows).toHaveCount(12);
	// On screen a table out of view is not laid out yet (content-visibility), so it has no text as
	// shown; printed, it is. Each row's text as printed, to be found whole on one printed page.
	await page.emulateMedia({ media: 'print' });
	const rowTexts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
	const headers = (await page.getByTestId('report-weeks').locator('thead th').allInnerTexts()).map(
		(t) => t.replace(/\s+/g, ' ').trim()
	);
	expect(headers).toHaveLength(columns);
	for (const format of ['A4', 'Letter'] as const) {
		const pages = await pdfPages(await page.pdf({ format, printBackground: true }));
		// The summary comes first, whole on page 1.
		for (const words of [
			'Summary',
			'Walk tests',
			'Sessions done (adherence)',
			'Pain started after (claudication onset time, weekly median)',
			'Longest walk without a stop (peak walking time)',
			'Advice shown',
			...(columns > 12
				? ['Distance before the pain started', 'Longest distance without a stop']
				: [])
		])
			expect(pages[0], `${format}: "${words}" on page 1`).toContain(words);
		expect(pages[0]).toMatch(/\d+ of \d+ planned sessions done \(\d+%\)|No sessions were planned/);
		expect(pages[0]).toMatch(/in the week of .* in the week of/);
		const withRows = pages.filter((p) => rowTexts.some((r) => p.includes(r)));
		expect(withRows.length, format).toBeGreaterThan(0);
		expect(withRows.length, format).toBeLessThanOrEqual(2);
		for (const row of rowTexts) {
			expect(
				pages.some((p) => p.includes(row)),
				`${format}: the row "${row}" whole on one page`
			).toBe(true);
		}
		for (const p of withRows) {
			for (const h of headers) expect(p, `${format}: the header "${h}"`).toContain(h);
		}
		// The key explains the short names, with the clinical names in brackets.
		const all = pages.join(' ');
		expect(all).toContain('(claudication onset time, median)');
		expect(all).toContain('(peak walking time)');
		expect(all).not.toContain('Your details on the report');
	}
}

test('with a year of walks, the report draws a part at a time: the period, the summary, the program, the first weeks, every week, the charts, the records', async ({
	page
}) => {
	await restoreYear(page, { realClock: true });
	// Each frame, before it is painted: which of the report's parts are there, in order.
	await page.addInitScript(() => {
		const frames: boolean[][] = [];
		(window as unknown as { frames_: typeof frames }).frames_ = frames;
		const parts = [
			'[data-testid="report-period"]',
			'[data-testid="report-summary"]',
			'#program-heading',
			'[data-testid="report-weeks"], [data-testid="report-months"]',
			'[data-testid="report-key"]',
			'#report-charts-heading',
			'[data-testid="report-counts"]'
		];
		const rows: number[] = [];
		(window as unknown as { rows_: typeof rows }).rows_ = rows;
		const look = () => {
			frames.push(parts.map((p) => !!document.querySelector(p)));
			rows.push(document.querySelectorAll('[data-testid="report-weeks"] tbody tr').length);
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto('/report');
	await expect(page.getByTestId('report-counts')).toBeVisible();
	const frames = await page.evaluate(() => (window as unknown as { frames_: boolean[][] }).frames_);
	// Never a part without every part before it; and a frame with each part as the last one:
	// seven steps, each painted before the next.
	const shown = frames.map((f) => f.filter(Boolean).length);
	expect(frames.every((f, i) => f.every((there, j) => there === j < shown[i]!))).toBe(true);
	for (const n of [1, 2, 3, 4, 5, 6]) expect(shown, `a frame with ${n} parts`).toContain(n);
	// The weeks' table drawn first in part (its first half year), then whole, with its key.
	const rows = await page.evaluate(() => (window as unknown as { rows_: number[] }).rows_);
	const all = await page.getByTestId('report-weeks').locator('tbody tr').count();
	expect(all).toBeGreaterThan(26);
	expect(rows.filter((n) => n > 0)[0]).toBe(26);
	expect(rows.at(-1)).toBe(all);
});

test('with a year of walks and a warning sign in the last, the summary counts the advice from its first frame, never saying "none" first', async ({
	page
}) => {
	await restoreYear(page, {
		realClock: true,
		// Dizziness noted during the last walk: advice the care status gives, read from its taps.
		change: (backup) => {
			const last = backup.tables.sessions.at(-1)!;
			const taps = backup.tables.events.filter((e) => e.sessionId === last.id);
			const onset = taps.find((e) => e.type === 'painOnset')!;
			for (const e of taps) if (e.seq > onset.seq) e.seq += 1;
			backup.tables.events.push({
				...onset,
				id: `${onset.id}-sign`,
				seq: onset.seq + 1,
				type: 'sign',
				sign: 'dizziness',
				level: undefined
			});
		}
	});
	// Each frame: what the summary says of the advice, once it is drawn.
	await page.addInitScript(() => {
		const said: string[] = [];
		(window as unknown as { said_: string[] }).said_ = said;
		const look = () => {
			const text = document.querySelector('[data-testid="summary-advice"]')?.textContent;
			if (text) said.push(text.trim());
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto('/report');
	await expect(page.getByTestId('summary-advice')).toContainText('1 piece of advice');
	await expect(page.getByTestId('report-advice')).toContainText('Dizzy or light-headed');
	const said = await page.evaluate(() => (window as unknown as { said_: string[] }).said_);
	expect(said.length).toBeGreaterThan(0);
	expect(said.filter((text) => !text.startsWith('1 piece of advice'))).toEqual([]);
});

test('with a year of walks, printing draws the whole report first, even while it is still being drawn a part at a time', async ({
	page
}) => {
	await restoreYear(page, { realClock: true });
	// The moment the period is drawn (the report's first part, before any other is), the
	// browser is about to print: what is on the page as the print begins?
	await page.addInitScript(() => {
		const seen = { before: ['not seen'], after: ['not seen'] };
		(window as unknown as { print_: typeof seen }).print_ = seen;
		const parts: [string, string][] = [
			['summary', '[data-testid="report-summary"]'],
			['tables', '[data-testid="report-weeks"], [data-testid="report-months"]'],
			['charts', '#report-charts-heading'],
			['records', '[data-testid="report-counts"]']
		];
		const there = () =>
			parts.filter(([, selector]) => document.querySelector(selector)).map(([name]) => name);
		const observer = new MutationObserver(() => {
			if (!document.querySelector('[data-testid="report-period"]')) return;
			observer.disconnect();
			seen.before = there();
			window.dispatchEvent(new Event('beforeprint'));
			seen.after = there();
		});
		observer.observe(document, { childList: true, subtree: true });
	});
	await page.goto('/report');
	await expect(page.getByTestId('report-counts')).toBeVisible();
	const seen = await page.evaluate(
		() => (window as unknown as { print_: { before: string[]; after: string[] } }).print_
	);
	// Drawn a part at a time: only the period at first; printing brings every part at once.
	expect(seen.before).toEqual([]);
	expect(seen.after).toEqual(['summary', 'tables', 'charts', 'records']);
});

test('with a year of walks, Today, Progress and the report each read every walk once, and follow a change made in another tab', async ({
	page,
	context
}) => {
	await restoreYear(page, { realClock: true });
	// Every read of all the finished walks (the sessions, by the time they started), or of all
	// the program's walks.
	await page.addInitScript(() => {
		const reads: string[] = [];
		(window as unknown as { reads_: string[] }).reads_ = reads;
		const getAll = IDBIndex.prototype.getAll;
		IDBIndex.prototype.getAll = function (...args) {
			if (this.objectStore.name === 'sessions' && ['startedAt', 'programId'].includes(this.name))
				reads.push(this.name);
			return getAll.apply(this, args);
		};
	});
	const readsOf = () => page.evaluate(() => (window as unknown as { reads_: string[] }).reads_);
	// Today: the plan and the care status from one read (the backup reminder comes after both).
	await page.goto('/');
	await expect(page.getByTestId('backup-reminder')).toBeVisible();
	expect(await readsOf()).toHaveLength(1);
	await page.goto('/report');
	await expect(
		page.getByTestId('report-advice').or(page.getByTestId('report-no-advice'))
	).toBeVisible();
	await expect(page.getByTestId('report-counts')).toBeVisible();
	expect(await readsOf()).toHaveLength(1);
	await page.goto('/progress');
	const counts = page.getByTestId('progress-counts');
	await expect(page.getByTestId('figures-table')).toBeAttached();
	await expect(counts).toBeVisible();
	expect(await readsOf()).toHaveLength(1);
	// Read once, and still live: a walk added by hand in another tab shows here.
	const before = (await counts.textContent()) ?? '';
	const tab = await context.newPage();
	await tab.goto('/history/add');
	const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
	await tab.getByTestId('manual-date').fill(twoDaysAgo);
	await tab.getByTestId('manual-time').fill('08:00');
	await tab.getByTestId('manual-active').fill('20');
	await tab.getByTestId('save-manual').click();
	await expect(tab).toHaveURL(/\/session\?id=/);
	await expect(counts).not.toHaveText(before);
});
