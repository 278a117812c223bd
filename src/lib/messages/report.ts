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
	timesKey:
		'Times are in minutes and seconds (3:30 is 3 minutes 30 seconds); Walked, Target and Legs up in minutes.',
	save: 'Save my details',
	saved: 'Saved. They are on the report below.',
	name: 'Name',
	born: 'Date of birth',
	clinicNumber: 'Clinic number',
	legs: 'Legs',
	diagnosis: 'What a clinician has said'
};
