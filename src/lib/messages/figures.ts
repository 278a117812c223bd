// The weekly (and monthly) figures' words, shared by Progress and the report: each column's
// heading, its short heading for the printed table, and what it means.

import type { ColumnId } from '$lib/progress/metrics';

export const figures = {
	column: {
		index: { heading: 'Week of the program', short: 'Wk', key: 'The week of the program.' },
		done: {
			heading: 'Sessions',
			short: 'Done',
			key: 'Sessions done, of those planned, and walks stopped early.'
		},
		walked: {
			heading: 'Walked',
			short: 'Walked',
			key: 'Minutes of walking in the week, rests not counted.'
		},
		target: { heading: 'Target', short: 'Target', key: 'The week’s walking target, in minutes.' },
		boutsRests: {
			heading: 'Walks and rests',
			short: 'Bouts / rests',
			key: 'Walks between rests, and rests taken.'
		},
		onset: {
			heading: 'Pain started after',
			short: 'Pain after',
			key: 'The usual time before leg pain started, first walk of each session (claudication onset time, median).'
		},
		onsetAll: {
			heading: 'Pain started after, every walk',
			short: 'Pain after, all',
			key: 'The same over every walk between rests (median).'
		},
		longest: {
			heading: 'Longest walk',
			short: 'Longest',
			key: 'The longest walk without a stop (peak walking time).'
		},
		rest: {
			heading: 'Usual rest',
			short: 'Rest',
			key: 'The usual rest until the pain had gone (median).'
		},
		painMax: {
			heading: 'Strongest pain',
			short: 'Pain max',
			key: 'The strongest pain, on the scale of 1 (none) to 5 (severe).'
		},
		legsUp: {
			heading: 'Leg raising',
			short: 'Legs up',
			key: 'Minutes of leg raising, after walks and on their own.'
		},
		painFreeDistance: {
			heading: 'Distance before pain',
			short: 'Dist. pain',
			key: 'The usual distance walked before leg pain started, first walk of each session (pain-free walking distance, median), measured by the phone: an estimate.'
		},
		longestDistance: {
			heading: 'Longest distance',
			short: 'Dist. max',
			key: 'The longest distance walked without a stop, measured by the phone: an estimate.'
		}
	} satisfies Record<ColumnId, { heading: string; short: string; key: string }>,
	/** A column's name on a card, for figures in minutes written without their unit. */
	inMinutes: (heading: string) => `${heading} (minutes)`,
	weekOf: 'Week of',
	month: 'Month',
	soFar: (label: string) => `${label} (so far)`,
	noWalksWeek: 'No walks this week',
	noWalksMonth: 'No walks this month',
	notRecorded: 'Not recorded',
	none: '–',
	doneOf: (done: number, planned: number | null, attempted: number) =>
		`${done}${planned !== null ? ` of ${planned}` : ''}${attempted ? `, ${attempted} stopped early` : ''}`,
	boutsRests: (bouts: number, rests: number) => `${bouts} / ${rests}`,
	charts: {
		walking: 'Minutes walked each week, against the target',
		pain: 'The longest walk without a stop, and the usual time before the pain started',
		sessions: 'Sessions done each week, against the plan'
	},
	series: {
		walked: 'Minutes walked',
		target: 'Target',
		longest: 'Longest walk without a stop',
		onset: 'Time before the pain started',
		done: 'Sessions done',
		planned: 'Sessions planned'
	},
	timesKey:
		'Times are in minutes and seconds (3:30 is 3 minutes 30 seconds); Walked, Target and Legs up in minutes.'
};
