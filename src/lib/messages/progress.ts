import type { IsoDate } from '$lib/dates';
import { shortDate } from './format';

export const progress = {
	heading: 'Progress',
	empty: 'Your progress will show here after your first walk.',
	sessions: (n: number) => (n === 1 ? '1 walk' : `${n} walks`),
	bestOnset: 'Longest time before pain',
	testsHeading: 'Your walk tests',
	test: (date: IsoDate, parts: string[]) => `${shortDate(date)}: ${parts.join(', ')}`,
	totalWalking: 'Total walking time',
	adherenceHeading: 'Sessions done',
	adherenceWeek: (done: number, planned: number) =>
		`This week: ${done} of ${planned} sessions done`,
	adherenceProgram: (done: number, planned: number) =>
		`Since you started: ${done} of ${planned} sessions done`,
	/** This week is never over while it is shown: its figures are "so far". */
	walkingSoFar: 'Walking this week, so far',
	sessionsSoFar: 'Sessions done this week, so far',
	weekHeading: 'This week and last week',
	wellDone: 'Well done',
	byWeek: 'Week by week',
	asTable: 'The same figures as a table',
	tableLabel: 'Weekly figures',
	tableCaption: 'Each week, newest first',
	sinceFirstTest: (date: string) => `Since your first test: ${date}`,
	seeEveryWalk: 'See every walk',
	addWalk: 'Add a walk you did without the app',
	report: 'A report for your care team',
	noWalksYet: 'No walks yet',
	notRecorded: 'Not recorded',
	weekTarget: (target: string) => `Target for the week: ${target}`,
	onsetUsual: 'Time before the pain started (usual)',
	longest: 'Longest walk without a stop',
	sessionsOf: (done: number, planned: number | null) =>
		planned !== null ? `${done} of ${planned}` : String(done),
	noWalksBy: (day: string) => `No walks by ${day} last week`,
	nothingToCompare: (day: string) => `Nothing to compare with by ${day} last week`,
	sameAsBy: (day: string) => `The same as by ${day} last week`,
	comparedBy: (size: string, better: 'more' | 'later' | 'longer', up: boolean, day: string) => {
		const word = {
			more: up ? 'more' : 'less',
			later: up ? 'later' : 'sooner',
			longer: up ? 'longer' : 'shorter'
		}[better];
		return `${size} ${word} than by ${day} last week`;
	},
	doneBy: (done: number, day: string) => `By ${day} last week: ${done} done`,
	walksBeforeProgram: (walks: number, day: string) =>
		`By ${day} last week: ${walks === 1 ? '1 walk' : `${walks} walks`}, before your program`,
	expect: 'Most people notice a change after about 4 weeks of regular walking. Keep going.',
	changeHelp:
		'A meaningful improvement is one large enough for people to notice in daily life. The figures come from studies of 12-week programs.'
};
