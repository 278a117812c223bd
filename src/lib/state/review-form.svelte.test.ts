import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	dropMemoryStorage,
	useMemoryStorage,
	type MemoryStorage
} from '$lib/device/memory-storage';
import * as m from '$lib/messages';
import type { Schedule } from '$lib/program/types';
import { ReviewForm, type ReviewPorts } from './review-form.svelte';

let storage: MemoryStorage;
beforeEach(() => {
	storage = useMemoryStorage();
});
afterEach(dropMemoryStorage);

const schedule: Omit<Schedule, 'from'> = { days: [0, 2, 4], timeOfDay: 'morning', track: 'pad' };
const week = { programId: 'p1', weekStart: '2026-11-23', schedule };

function review(store: 'works' | 'fails' = 'works') {
	const kept: { reviews: unknown[]; schedules: unknown[] } = { reviews: [], schedules: [] };
	const ports: ReviewPorts = {
		now: () => 1000,
		saveReview: async (r) => (kept.reviews.push(r), store === 'works'),
		changeSchedule: async (s) => (kept.schedules.push(s), store === 'works')
	};
	return { f: new ReviewForm(ports), kept };
}

describe('the weekly review', () => {
	it('offers this week’s days and keeping to the plan, then saves the answers', async () => {
		const { f, kept } = review();
		f.fill(schedule, 0);
		expect([f.days, f.goal]).toEqual([[0, 2, 4], 'keep']);
		// Filled once: what the person changes stays.
		f.days = [1, 3, 5];
		f.fill(schedule, 0);
		expect(f.days).toEqual([1, 3, 5]);
		f.obstacles = ['weather'];
		f.text = '  rain all week ';
		expect(await f.save(week)).toBe(true);
		expect(kept.reviews).toEqual([
			{
				programId: 'p1',
				weekStart: '2026-11-23',
				at: 1000,
				obstacles: ['weather'],
				text: 'rain all week',
				days: [1, 3, 5],
				goal: 'keep'
			}
		]);
		// New days are the schedule from this week on.
		expect(kept.schedules).toEqual([{ days: [1, 3, 5], timeOfDay: 'morning', track: 'pad' }]);
	});

	it('after a week of walks ended early, chooses no goal: the person must', async () => {
		const { f, kept } = review();
		f.fill(schedule, 2);
		expect(f.goal).toBeNull();
		expect(await f.save(week)).toBe(false);
		expect(f.errors).toEqual([{ id: 'goal-keep', text: m.review.goalMissing }]);
		f.goal = 'repeat';
		f.days = [0];
		expect(await f.save(week)).toBe(false);
		expect(f.errors[0]?.id).toBe('review-day-0');
		f.days = [0, 2, 4];
		expect(await f.save(week)).toBe(true);
		// The same days: the schedule is left as it is.
		expect(kept.schedules).toEqual([]);
	});

	it('keeps what was ticked and typed across a reload until saved, and says when saving failed', async () => {
		const first = review('fails');
		first.f.obstacles = ['pain'];
		first.f.keep();
		const again = review('fails');
		expect(again.f.obstacles).toEqual(['pain']);
		again.f.fill(schedule, 0);
		expect(await again.f.save(week)).toBe(false);
		expect(again.f.failed).toBe(true);
		expect(storage.items.size).toBe(1);
		const third = review();
		third.f.fill(schedule, 0);
		expect(await third.f.save(week)).toBe(true);
		expect([third.f.failed, storage.items.size]).toEqual([false, 0]);
	});
});
