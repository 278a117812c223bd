import type { IsoDate } from '$lib/dates';
import type { WalkWarning } from '$lib/program/types';
import { longDate } from './format';

export const history = {
	addedByHand: 'Added by hand: only what was entered is shown.',
	/** The form that changes a saved walk's times and pain levels. */
	editUnreadable: 'Enter minutes, like 4 or 4:30.',
	editError: (index: number, text: string) => `Walk ${index + 1}: ${text}`,
	allCounts: (summary: string) => `In all: ${summary}.`,
	notEntered: 'Not entered',
	rests: (n: number, total: string) => `${n === 1 ? '1 rest' : `${n} rests`}, ${total} in all`,
	heading: 'History',
	empty: 'Your finished walks will be listed here.',
	walk: (date: IsoDate) => longDate(date),
	line: (active: string, bouts: number) =>
		`${active} walking, ${bouts === 1 ? '1 walk' : `${bouts} walks`} between rests`,
	/** A walk whose distance was measured: already in the person's units. */
	distanceLine: (painFree: string | null, longest: string | null) =>
		[
			painFree ? `About ${painFree} before the pain` : null,
			longest ? `${painFree ? 'longest' : 'Longest'} about ${longest}` : null
		]
			.filter(Boolean)
			.join(', '),
	test: 'Walk test',
	endedBy: {
		unwell: 'Ended because you felt unwell',
		longRest: 'Ended: the pain did not ease after 10 minutes of rest',
		severePain: 'Ended after severe pain'
	} satisfies Record<WalkWarning, string>,
	feeling: (how: string) => `Your legs: ${how.toLowerCase()}`,
	allWalks: '← All walks',
	allWalksAndEntries: 'All walks and entries, by week',
	addWalk: 'Add a walk done without the app',
	addWalkIntro: 'For a walk at a clinic, on a treadmill, or when you did not have your phone.',
	addWalkTitle: 'Add a walk',
	saveWalk: 'Save this walk',
	clearForm: 'Clear the form',
	legsToday: 'How are your legs today?',
	goToYear: 'Go to a year',
	chooseYear: 'Choose a year',
	weekOf: (date: string) => `Week of ${date}`,
	diaryEntry: (date: string) => `${date}: diary`,
	byHand: 'Added by hand',
	showEarlier: 'Show earlier walks'
};
