// Words about the records, shared by Progress, History, a walk's page, the weekly review and
// the report: the changes since the first test, milestones, obstacles, and the problems of
// the forms that change or add a walk.

import { longDate, minSec } from './format';
import type { Change, ChangeSize, Measure, Milestone } from '$lib/progress/metrics';
import type { EditProblem } from '$lib/walk/edit';
import type { ManualField, ManualProblem } from '$lib/walk/manual';
import type { Obstacle } from '$lib/storage/schema';

const MEASURE: Record<Measure, string> = {
	onsetMs: 'Time before the pain started',
	maxWalkMs: 'Longest time walking',
	distanceM: 'Distance in 6 minutes'
};

const SIZE: Record<ChangeSize, string> = {
	large: 'a large, meaningful improvement',
	moderate: 'a moderate, meaningful improvement',
	small: 'a small but meaningful improvement',
	same: 'about the same: not yet a change that people notice',
	down: 'lower than at the start'
};

function changeWords(c: Change, units: 'km' | 'miles'): string {
	const fmt = (v: number) =>
		c.measure === 'distanceM'
			? units === 'km'
				? `${Math.round(v)}\u00a0m`
				: `${Math.round(v / 0.9144)}\u00a0yards`
			: minSec(v);
	const sign = c.delta >= 0 ? '+' : '−';
	const pct = c.percent === null ? '' : ` (${sign}${Math.abs(c.percent)}%)`;
	return `${MEASURE[c.measure]}: ${fmt(c.from)} at the start, ${fmt(c.to)} now, ${sign}${fmt(Math.abs(c.delta))}${pct}: ${SIZE[c.size]}.`;
}

function milestoneWords(m: Milestone): string {
	switch (m.kind) {
		case 'firstWeek':
			return `You did every session of a week, for the first time (week ending ${longDate(m.date)}).`;
		case 'thirtyMinutes':
			return `You walked for 30 minutes in one session on ${longDate(m.date)}.`;
		case 'onsetUp':
			return `Your legs now start to hurt ${minSec(m.deltaMs)} later than before: a change people notice.`;
	}
}

const OBSTACLE: Record<Obstacle, string> = {
	nothing: 'Nothing: it went well',
	weather: 'The weather',
	pain: 'Pain',
	tiredness: 'Feeling tired',
	time: 'Not enough time',
	other: 'Something else'
};

const EDIT_PROBLEM: Record<EditProblem, string> = {
	onsetAfterStop: 'The pain cannot start after you stopped. Enter a time before the stop.',
	onsetAfterEnd: 'The pain cannot start after this walk ended. Enter a time within the walk.',
	onsetBeforeStart: 'The pain cannot start before the walk. Enter 0 or more.',
	stopBeforeStart: 'The stop must come after the start. Enter a time of more than 0.',
	stopAfterRestEnd: 'This is after the rest that followed had ended. Enter an earlier time.',
	notPossible: 'This time does not fit the walk as it was recorded. Please try another.'
};

/** Why a test is not compared with the first of its kind. */
const APART = {
	stopped: 'Stopped before the 6 minutes were up: kept, but not compared.',
	course: (firstCourseM: number) =>
		`Not compared: your first six-minute walk was on a ${firstCourseM}-metre course, and results on different courses differ.`
};

/** Why a test is not compared, in words. */
export function testApart(t: {
	apart: 'stopped' | 'course' | null;
	firstCourseM: number | null;
}): string {
	return t.apart === 'course' ? APART.course(t.firstCourseM ?? 0) : t.apart ? APART.stopped : '';
}

const MANUAL_LABEL: Record<ManualField, string> = {
	date: 'Date of the walk',
	time: 'Time you started',
	active: 'Minutes of walking, rests not counted',
	onset: 'Minutes before leg pain started (optional)',
	longest: 'Longest time walking without a stop, in minutes (optional)',
	rests: 'Number of rests',
	restTime: 'Minutes of rest in all'
};

/** Help under a field of the form, where it needs any. */
const MANUAL_HINT: Partial<Record<ManualField, string>> = {
	active: 'Like 25, or 25:30 for 25 minutes 30 seconds.',
	longest: 'Leave empty if you had no rests, or do not know.',
	restTime: 'Only if you rested.'
};

const MANUAL_PROBLEM: Record<ManualProblem | 'unreadable', string> = {
	unreadable: 'Enter minutes, like 12 or 12:30.',
	missing: 'Please fill this in.',
	future: 'This is in the future. Enter a walk you have done.',
	tooLong: 'This is more than 8 hours. Please check the minutes.',
	onsetAfterLongest:
		'The pain cannot start after the longest time you walked. Enter a smaller number.',
	longestOverActive: 'This is more than all your walking. Enter a smaller number.',
	longestTooShort: 'With this many rests, your walks add up to less than your walking time.',
	longestNotWhole: 'With no rests, the longest walk is the whole walk. Leave it empty.',
	restTimeMissing: 'Please enter how long you rested, in minutes.',
	notNumber: 'Enter a whole number, like 0, 1 or 2.'
};

export const records = {
	measure: MEASURE,
	change: changeWords,
	milestone: milestoneWords,
	obstacle: OBSTACLE,
	editProblem: EDIT_PROBLEM,
	manualLabel: MANUAL_LABEL,
	manualHint: MANUAL_HINT,
	manualProblem: MANUAL_PROBLEM
};
