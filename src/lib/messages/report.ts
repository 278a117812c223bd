// The report's own words: the person's details and their form.

import type { Track } from '$lib/program/types';
import type { DetailsField, DetailsProblem } from '$lib/report/details';

export const report = {
	heading: 'Walking report',
	title: 'Report',
	intro:
		'A summary of your walking for your doctor, nurse or physiotherapist. Print it, or save it as a PDF from the print screen.',
	rangeHeading: 'Dates to include',
	from: 'From',
	to: 'To',
	rangeProblem: 'The first date must be before the last date.',
	print: 'Print or save as PDF',
	csvSessions: 'Download sessions (CSV)',
	csvBouts: 'Download walks and rests (CSV)',
	period: (from: string, to: string, made: string) =>
		`From ${from} to ${to}. Made by Legwork on ${made}. Recorded by the person at home; not checked by a clinician.`,
	programHeading: 'Program',
	started: 'Started',
	length: 'Length',
	weeksPlanned: (weeks: number) => `${weeks} weeks planned`,
	track: 'Track',
	trackName: {
		pad: 'Walking into moderate leg pain, then rest (PAD)',
		vein: 'Walking and leg raising for heavy legs (veins)',
		both: 'Walking into moderate leg pain, with care for the veins',
		gentle: 'Comfortable walking, not into pain (diagnosis not yet known)'
	} satisfies Record<Track, string>,
	walkingDays: 'Walking days',
	noProgram: 'No program set up.',
	testsHeading: 'Walk tests',
	noTestsRecorded: 'No walk test recorded.',
	baseline: ' (baseline)',
	meaningfulChange:
		'Meaningful change after 12 weeks: onset 35 / 87 / 138 s, peak walking time 38 / 95 / 152 s (small / moderate / large; Gardner 2018); six-minute walk about 8 / 20 m (small / large; McDermott 2021), each walk compared only with the first of its kind and, in a corridor, on the same course.',
	weeklyHeading: 'Week by week',
	noWeeks: 'No weeks in these dates.',
	monthsUntil: (date: string) => `Month by month, until ${date}`,
	lastWeeks: (weeks: number) => `Week by week, the last ${weeks} weeks`,
	monthlyFigures: 'Monthly figures',
	weeklyFigures: 'Weekly figures',
	chartsHeading: 'Charts',
	chartsHint: 'The figures in these charts are in the table above.',
	reviewsHeading: 'Weekly reviews',
	noReviews: 'No weekly reviews in these dates.',
	review: (week: string, obstacles: string, text: string | null, repeat: boolean) =>
		`Review of the week of ${week}: what got in the way: ${obstacles || 'not answered'}${text ? ` (“${text}”)` : ''}. Goal: ${repeat ? 'stay at last week’s target' : 'as planned'}.`,
	diaryHeading: 'Symptom diary',
	noDiary: 'No diary entries in these dates.',
	diaryLine: (date: string, line: string, note: string | null) =>
		`${date}: ${line}${note ? ` (“${note}”)` : ''}`,
	walksHeading: 'Walks in these dates',
	walks: (counts: string, walked: string, legsUp: string) =>
		`${counts}. ${walked} of walking in all; ${legsUp} of leg raising. Every walk is in the CSV file.`,
	detailsHeading: 'Your details on the report (optional)',
	detailsHelp:
		'These are kept on this phone and shown only on the report, so your care team knows whose it is. They are in your backup too.',
	label: {
		name: 'Your name',
		born: 'Date of birth',
		clinicNumber: 'Hospital or clinic number (for example, NHS number)'
	} satisfies Record<DetailsField, string>,
	problem: {
		tooLong: 'This is too long. Please shorten it.',
		notDate: 'Please enter a real date, for example 2 April 1951.',
		future: 'A date of birth cannot be in the future.',
		tooOld: 'Please check the year.',
		badCharacters: 'Please use only letters, numbers, spaces, dots and dashes.'
	} satisfies Record<DetailsProblem, string>,
	save: 'Save my details',
	saved: 'Saved. They are on the report below.',
	name: 'Name',
	born: 'Date of birth',
	clinicNumber: 'Clinic number',
	legs: 'Legs',
	diagnosis: 'What a clinician has said',
	/** The first page: what a care team reads first (report/summary.ts). */
	summary: {
		heading: 'Summary',
		tests: 'Walk tests',
		noTests: 'No walk test in these dates.',
		firstTest: (date: string, figures: string) => `First, ${date}: ${figures}.`,
		latestTest: (date: string, figures: string) => `Latest, ${date}: ${figures}.`,
		adherence: 'Sessions done (adherence)',
		sessions: (done: number, planned: number, percent: number) =>
			`${done} of ${planned} planned sessions done (${percent}%).`,
		attempted: (n: number) =>
			n === 1 ? '1 walk stopped early by a warning.' : `${n} walks stopped early by a warning.`,
		noPlan: 'No sessions were planned in these dates.',
		onset: 'Pain started after (claudication onset time, weekly median)',
		longest: 'Longest walk without a stop (peak walking time)',
		painFreeDistance:
			'Distance before the pain started (pain-free walking distance, weekly median; an estimate from the phone)',
		longestDistance: 'Longest distance without a stop (an estimate from the phone)',
		trend: (first: string, firstWeek: string, last: string, lastWeek: string) =>
			`${first} in the week of ${firstWeek}; ${last} in the week of ${lastWeek}.`,
		noTrend: 'Not recorded in two different weeks of these dates.',
		advice: 'Advice shown',
		adviceCounts: (total: number, cleared: number, fromDiary: number) =>
			`${total === 1 ? '1 piece' : `${total} pieces`} of advice; ${cleared} ended by “they said I can carry on”; ${fromDiary} from the symptom diary. Each is listed below.`,
		noAdvice: 'None in these dates.'
	}
};
