// The weekly review's form: what got in the way (kept as a draft until saved), this week's days
// and goal, checked, and saved with any change of days from this week on.

import { clearDraft, readDraft, writeDraft } from '$lib/device/drafts';
import type { Weekday } from '$lib/dates';
import * as m from '$lib/messages';
import { checkSchedule } from '$lib/program/plan';
import type { Schedule } from '$lib/program/types';
import type { Obstacle } from '$lib/progress/review';
import type { ReviewRecord } from '$lib/storage/schema';

const DRAFT = 'review';

type Review = Omit<ReviewRecord, 'id' | 'updatedAt' | 'deletedAt'>;

/** What the review needs from the rest of the app. */
export interface ReviewPorts {
	now(): number;
	saveReview(review: Review): Promise<boolean>;
	changeSchedule(next: Omit<Schedule, 'from'>): Promise<boolean>;
}

export class ReviewForm {
	obstacles = $state<Obstacle[]>([]);
	text = $state('');
	days = $state<Weekday[]>([]);
	goal = $state<'keep' | 'repeat' | null>(null);
	daysError = $state('');
	goalError = $state('');
	failed = $state(false);
	#filled = false;

	errors = $derived([
		...(this.daysError ? [{ id: 'review-day-0', text: this.daysError }] : []),
		...(this.goalError ? [{ id: 'goal-keep', text: this.goalError }] : [])
	]);

	#ports: ReviewPorts;

	constructor(ports: ReviewPorts) {
		this.#ports = ports;
		const kept = readDraft<{ obstacles: Obstacle[]; text: string }>(DRAFT);
		this.obstacles = Array.isArray(kept?.obstacles) ? kept.obstacles : [];
		this.text = typeof kept?.text === 'string' ? kept.text : '';
	}

	/** Keeps what was ticked and typed as the draft; called whenever it changes. */
	keep(): void {
		if (this.obstacles.length > 0 || this.text)
			writeDraft(DRAFT, { obstacles: this.obstacles, text: this.text });
		else clearDraft(DRAFT);
	}

	/**
	 * This week's days as they are, and the goal: after a week with walks ended early nothing is
	 * chosen for the person. Once only: what they change afterwards stays.
	 */
	fill(schedule: Pick<Schedule, 'days'>, endedEarly: number): void {
		if (this.#filled) return;
		this.#filled = true;
		this.days = [...schedule.days];
		this.goal = endedEarly ? null : 'keep';
	}

	/** Saves the review of `weekStart`; true once saved. */
	async save(week: {
		programId: string;
		weekStart: string;
		schedule: Omit<Schedule, 'from'>;
	}): Promise<boolean> {
		const { schedule } = week;
		const error = checkSchedule({ days: this.days, track: schedule.track });
		this.daysError = error ? m.plan.error(error) : '';
		this.goalError = this.goal ? '' : m.review.goalMissing;
		if (error || !this.goal) return false;
		const days = [...this.days].sort();
		const changed = days.join() !== [...schedule.days].sort().join();
		const ok =
			(await this.#ports.saveReview({
				programId: week.programId,
				weekStart: week.weekStart,
				at: this.#ports.now(),
				obstacles: [...this.obstacles],
				text: this.text.trim() || null,
				days,
				goal: this.goal
			})) &&
			(!changed ||
				(await this.#ports.changeSchedule({
					days,
					timeOfDay: schedule.timeOfDay,
					track: schedule.track
				})));
		this.failed = !ok;
		if (ok) clearDraft(DRAFT);
		return ok;
	}
}
