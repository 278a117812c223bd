import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingDevice } from '$lib/device/cues';
import { dropMemoryStorage, useMemoryStorage } from '$lib/device/memory-storage';
import { SEVERE_LEVEL } from '$lib/program/pain-scale';
import { database, resetDatabaseForTests } from '$lib/storage/db';
import { DB_NAME } from '$lib/storage/schema';
import { WalkScreen } from './walk-screen.svelte';

const open: WalkScreen[] = [];

/** The walk page's state over a fresh database, opened as the page opens it. */
async function walkPage(): Promise<WalkScreen> {
	const s = new WalkScreen(recordingDevice());
	open.push(s);
	await s.open();
	return s;
}

/** A walk started, all clear at the check, past its warm-up: walking. */
async function walking(): Promise<WalkScreen> {
	const s = await walkPage();
	await s.answerCheck({}, true);
	s.skipPart();
	await vi.waitFor(() => expect(s.screen).toBe('walking'));
	return s;
}

/** What is stored for the walk under way, by type, in order. */
async function storedTypes(): Promise<string[]> {
	const events = await database().events.orderBy('[sessionId+seq]').toArray();
	return events.map((e) => e.type);
}

beforeEach(async () => {
	useMemoryStorage();
	resetDatabaseForTests();
	await Dexie.delete(DB_NAME);
});
afterEach(() => {
	for (const s of open.splice(0)) s.close();
	dropMemoryStorage();
});

describe('WalkScreen', () => {
	it('shows each screen of a walk in turn, each tap stored as it happens', async () => {
		const s = new WalkScreen(recordingDevice());
		open.push(s);
		expect(s.screen).toBe('loading');
		await s.open();
		expect(s.screen).toBe('ready');

		await s.begin();
		expect(s.screen).toBe('check');
		await s.answerCheck({}, true);
		expect(s.screen).toBe('step');
		expect(s.view.phase).toBe('warmup');

		s.skipPart();
		await vi.waitFor(() => expect(s.screen).toBe('walking'));
		s.stopAndRest();
		expect(s.screen).toBe('pain');
		s.cancelPain();
		expect(s.screen).toBe('walking');
		s.stopAndRest();
		await s.stopWith(3);
		expect(s.screen).toBe('resting');
		s.walkAgain();
		await vi.waitFor(() => expect(s.screen).toBe('walking'));

		await s.unwell();
		expect(s.screen).toBe('unwell');
		s.better();
		await vi.waitFor(() => expect(s.screen).toBe('walking'));

		s.leaveWalking();
		await vi.waitFor(() => expect(s.screen).toBe('step'));
		s.endNow();
		await vi.waitFor(() => expect(s.screen).toBe('finish'));
		await s.saveAndFinish({ feeling: 'same', note: 'Windy', didSession: false });
		expect(s.screen).toBe('saved');

		expect(await storedTypes()).toEqual([
			'started',
			'phaseStarted',
			'stopped',
			'painGone',
			'paused',
			'resumed',
			'phaseStarted',
			'phaseStarted',
			'note',
			'feeling',
			'finished'
		]);
	});

	it('a page opened again finds the walk on the screen it was on, and the pain question still open', async () => {
		const first = await walking();
		first.stopAndRest();
		expect(first.screen).toBe('pain');
		first.close();

		const again = await walkPage();
		expect(again.screen).toBe('pain');
		await again.stopWith(4);
		expect(again.screen).toBe('resting');
		again.close();

		const third = await walkPage();
		expect(third.screen).toBe('resting');
		expect(third.view.painLevels).toEqual([4]);
	});

	it('a rest after severe pain stores its warning once, on the beat of the clock', async () => {
		const s = await walking();
		s.stopAndRest();
		await s.stopWith(SEVERE_LEVEL);
		expect(s.screen).toBe('resting');
		expect(s.restWarning).toBe('severePain');
		for (let beat = 0; beat < 4; beat++) s.walk.tick();
		await vi.waitFor(() => expect(s.view.warnings).toEqual(['severePain']));
		for (let beat = 0; beat < 4; beat++) s.walk.tick();
		// Any write those beats began has ended by then.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect((await storedTypes()).filter((t) => t === 'warning')).toHaveLength(1);
		s.walkAgain();
		await vi.waitFor(() => expect(s.screen).toBe('walking'));
		expect(s.restWarning).toBe(null);
	});

	it('a sign that ends the walk goes straight to the end, with no cool-down', async () => {
		const s = await walking();
		await s.unwell();
		expect(s.screen).toBe('unwell');
		await s.pickSign('chestPain');
		expect(s.screen).toBe('finish');
	});

	it('a tick at the check that needs clearing keeps the walk from starting, until asked to', async () => {
		const s = await walkPage();
		await s.begin();
		await s.answerCheck({ chestOrBreath: true }, false);
		expect(s.screen).toBe('check');
		expect(s.clearedToday).toBe(false);
		s.cancelCheck();
		expect(s.screen).toBe('ready');
		expect(await database().sessions.count()).toBe(0);
	});
});
