// Backup, restore and erase as a person does them; every bad file refused with the database
// untouched; the share sheet where the browser has one; the reminder on Today.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, passCheck, test } from './fixtures';
import { onboard } from './onboarding';

const MONDAY = new Date('2026-11-23T09:00:00');
const DAY = 24 * 60 * 60_000;
const NOTE = '<b>Windy</b> <img src=x onerror="document.title=1">';

/** Every record of every table, read straight from IndexedDB. */
async function dump(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('legwork');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
				};
			})
	);
}

/** A short free walk with a note, ended from the walk screen. */
async function shortWalkWithNote(page: Page) {
	await page.goto('/walk');
	await page.getByTestId('start-walk').click();
	await passCheck(page);
	for (let i = 0; i < 5; i++) {
		await page.clock.runFor(1000);
		await page.getByTestId('next').click();
	}
	await page.clock.runFor(3 * 60_000);
	await page.getByTestId('end-early').click();
	await page.getByTestId('end-early-yes').click();
	await page.getByTestId('step-name').waitFor();
	for (let i = 0; i < 5; i++) {
		await page.clock.runFor(1000);
		await page.getByTestId('next').click();
	}
	await page.getByLabel('Anything to remember? (optional)').fill(NOTE);
	await page.getByTestId('save-finish').click();
	await expect(page.getByRole('heading', { name: 'Walk saved' })).toBeVisible();
}

async function exportFile(page: Page): Promise<string> {
	await page.goto('/data');
	const download = page.waitForEvent('download');
	await page.getByTestId('export').click();
	const saved = await download;
	expect(saved.suggestedFilename()).toMatch(/^legwork-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const path = join(tmpdir(), `legwork-${Date.now()}-${Math.random()}.json`);
	await saved.saveAs(path);
	await expect(page.getByTestId('exported')).toContainText('saved to your downloads');
	return path;
}

test('export, erase, restore: every table comes back record by record, and notes stay text', async ({
	page
}) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));
	await shortWalkWithNote(page);
	const before = await dump(page);

	const path = await exportFile(page);
	const file = JSON.parse(readFileSync(path, 'utf8'));
	expect(file).toMatchObject({ format: 'legwork-backup', formatVersion: 5, appVersion: '0.2.0' });
	await expect(page.getByTestId('last-backup')).toContainText(
		/Your last backup: Monday,? 23 November 2026/
	);

	// Erase, after a confirmation that names what goes.
	await page.getByTestId('erase').click();
	await expect(page.getByTestId('erase-confirm')).toContainText(
		'your walking program, 1 walk, 0 walk tests, 0 diary entries and your settings'
	);
	await page.getByTestId('erase-yes').click();
	await expect(page.getByTestId('erased')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Legwork' })).toBeVisible();

	// Restore: the file is shown before anything changes.
	await page.goto('/data');
	await page.getByTestId('backup-file').setInputFiles(path);
	await expect(page.getByTestId('backup-contents')).toContainText(
		'This file holds 1 walk; 0 sessions done; 0 walk tests; and 0 diary entries.'
	);
	await expect(page.getByTestId('backup-contents')).toContainText(/From Monday,? 23 November 2026/);
	expect((await dump(page)).sessions).toEqual([]);
	await page.getByTestId('replace').click();
	await expect(page.getByTestId('restored')).toContainText(
		'Your data is now the data from the file'
	);

	const after = await dump(page);
	const sortById = (rows: unknown[]) =>
		[...(rows as { id?: string; key?: string }[])].sort((a, b) =>
			String(a.id ?? a.key).localeCompare(String(b.id ?? b.key))
		);
	for (const table of Object.keys(before)) {
		const expected =
			table === 'settings'
				? before[table]!.filter((r) => (r as { key: string }).key !== 'lastBackup')
				: before[table]!;
		const got =
			table === 'settings'
				? after[table]!.filter((r) => (r as { key: string }).key !== 'lastBackup')
				: after[table]!;
		expect(sortById(got), table).toEqual(sortById(expected));
	}
	await page.goto('/history');
	await expect(page.getByText(NOTE)).toBeVisible();
	expect(await page.title()).not.toBe('1');
	await page.goto('/');
	await expect(page.getByTestId('target')).toBeVisible();
});

test('a merge of an older backup adds nothing twice', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));
	await shortWalkWithNote(page);
	const path = await exportFile(page);
	await page.clock.fastForward(DAY);
	await shortWalkWithNote(page);
	const before = await dump(page);
	await page.goto('/data');
	await page.getByTestId('backup-file').setInputFiles(path);
	await page.getByTestId('merge').click();
	await expect(page.getByTestId('restored')).toHaveText(
		'Done. Everything in the file was already here.'
	);
	const after = await dump(page);
	expect(after.sessions).toHaveLength(2);
	expect(after.events).toHaveLength(before.events!.length);
});

test('bad files are refused with a clear message, and nothing changes', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	const before = await dump(page);
	await page.goto('/data');
	const good = JSON.parse(readFileSync('docs/examples/backup-v5.json', 'utf8'));
	const cases: { name: string; body: string | Buffer; says: string }[] = [
		{ name: 'empty.json', body: '', says: 'The file is empty.' },
		{ name: 'letter.json', body: 'Dear doctor', says: 'This is not a Legwork backup file.' },
		{ name: 'cut.json', body: JSON.stringify(good).slice(0, 500), says: 'damaged or cut short' },
		{ name: 'list.json', body: '[]', says: 'This file is not a Legwork backup.' },
		{
			name: 'future.json',
			body: JSON.stringify({ ...good, formatVersion: 9 }),
			says: 'made by a newer version of Legwork'
		},
		{
			name: 'odd.json',
			body: JSON.stringify({
				...good,
				tables: { ...good.tables, sessions: [{ ...good.tables.sessions[0], endedAt: 5 }] }
			}),
			says: 'ends before it starts'
		}
	];
	for (const c of cases) {
		await page
			.getByTestId('backup-file')
			.setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.body) });
		await expect(page.getByTestId('backup-problem'), c.name).toContainText(c.says);
		await expect(page.getByTestId('backup-problem')).toContainText(
			'Nothing on this phone has changed.'
		);
		await expect(page.getByTestId('backup-problem')).toBeFocused();
	}
	// A 50 MB file is refused before it is read.
	const huge = join(tmpdir(), `legwork-huge-${Date.now()}.json`);
	writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
	await page.getByTestId('backup-file').setInputFiles(huge);
	await expect(page.getByTestId('backup-problem')).toContainText(
		'much larger than any Legwork backup'
	);
	expect(await dump(page)).toEqual(before);
});

test('the share sheet is used where the browser can share files', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: { name: string; text: Promise<string> }[] = [];
		(window as unknown as { shared: typeof shared }).shared = shared;
		Object.defineProperty(navigator, 'canShare', {
			value: (d: { files?: File[] }) => !!d.files?.length
		});
		Object.defineProperty(navigator, 'share', {
			value: async (d: { files: File[] }) => {
				shared.push({ name: d.files[0]!.name, text: d.files[0]!.text() });
			}
		});
	});
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.goto('/data');
	await page.getByTestId('export').click();
	await expect(page.getByTestId('exported')).toHaveText(
		'Your backup file is ready. Keep it somewhere safe.'
	);
	const file = await page.evaluate(async () => {
		const s = (window as unknown as { shared: { name: string; text: Promise<string> }[] })
			.shared[0]!;
		return { name: s.name, text: await s.text };
	});
	expect(file.name).toBe('legwork-backup-2026-11-23.json');
	expect(JSON.parse(file.text).tables.programs).toHaveLength(1);
	await page.goto('/settings');
	await expect(page.getByTestId('last-backup')).toHaveText(
		/^Your last backup: Monday,? 23 November 2026\.$/
	);
});

test('Today asks gently for a backup once walks go 4 weeks without one', async ({ page }) => {
	await page.clock.install({ time: MONDAY });
	await onboard(page);
	await page.clock.pauseAt(new Date(MONDAY.getTime() + 60_000));
	await shortWalkWithNote(page);
	await page.goto('/');
	await expect(page.getByTestId('backup-reminder')).toBeHidden();
	await page.clock.fastForward(28 * DAY);
	await page.goto('/');
	await expect(page.getByTestId('backup-reminder')).toContainText('in no backup');
	await exportFile(page);
	await page.goto('/');
	await expect(page.getByTestId('backup-reminder')).toBeHidden();
});
