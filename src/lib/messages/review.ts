// The weekly review's words about last week's warnings and the goal.

import type { IsoDate } from '$lib/dates';
import type { WalkWarning } from '$lib/program/types';
import { dayName } from './format';
import { history } from './history';

export const review = {
	title: 'Your week in review',
	back: '← Today',
	notYet: 'The review starts after your first week.',
	lastHeading: 'Last week',
	lastDone: (done: number, planned: number, walked: string) =>
		`You did ${done} of ${planned} sessions and walked ${walked} in all.`,
	lastOnset: (onset: string) => `The pain usually started after ${onset}.`,
	lastLongest: (longest: string) => `Your longest walk without a stop was ${longest}.`,
	noWalks: 'You did not record a walk last week. That happens; this week is a fresh start.',
	obstacles: 'What got in the way of walking last week?',
	obstaclesHint: 'Choose any that apply.',
	text: 'Anything else? (optional)',
	days: 'Your walking days this week',
	daysHint: 'Keep them, or change them for this week on.',
	goal: 'Your goal this week',
	keep: (minutes: number | null) =>
		minutes !== null ? `Keep to the plan: ${minutes} minutes of walking` : 'Keep to the plan',
	repeat: (minutes: number) => `Stay at last week’s ${minutes} minutes for one more week`,
	save: 'Save my review',
	endedEarly: 'Walks that ended early:',
	endedEarlyLine: (date: IsoDate, warning: WalkWarning) =>
		`${dayName(date)}: ${history.endedBy[warning].toLowerCase()}.`,
	goalMissing: 'Choose your goal for this week.'
};
