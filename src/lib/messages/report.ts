// The report's own words: the person's details and their form.

import type { DetailsField, DetailsProblem } from '$lib/report/details';

export const report = {
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
		trend: (first: string, firstWeek: string, last: string, lastWeek: string) =>
			`${first} in the week of ${firstWeek}; ${last} in the week of ${lastWeek}.`,
		noTrend: 'Not recorded in two different weeks of these dates.',
		advice: 'Advice shown',
		adviceCounts: (total: number, cleared: number, fromDiary: number) =>
			`${total === 1 ? '1 piece' : `${total} pieces`} of advice; ${cleared} ended by “they said I can carry on”; ${fromDiary} from the symptom diary. Each is listed below.`,
		noAdvice: 'None in these dates.'
	}
};
