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
	attempted: (n: number) => (n === 1 ? '1 walk stopped early' : `${n} walks stopped early`),
	adherenceHelp:
		'A walk counts as a session once you have walked at least half of its target, or you chose to count it. Two walks on one day count once.',
	expect: 'Most people notice a change after about 4 weeks of regular walking. Keep going.',
	changeHelp:
		'A meaningful improvement is one large enough for people to notice in daily life. The figures come from studies of 12-week programs.'
};
