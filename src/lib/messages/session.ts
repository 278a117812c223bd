// One walk's page: its figures, its walks and rests, changing its times, deleting it.

import type { PainLevel } from '$lib/program/pain-scale';

export const session = {
	title: (test: boolean, date: string) => `${test ? 'Walk test' : 'Walk'}, ${date}`,
	untitled: 'Walk',
	allWalks: '← All walks',
	deleted: 'Walk deleted',
	deletedText: 'It is no longer in your history or your progress.',
	undo: 'Undo',
	notFound: 'Walk not found',
	notFoundText: 'This walk may have been deleted.',
	editSaved: 'Your changes are saved.',
	longRest: 'The pain had not eased after 10 minutes of rest.',
	severePain: 'The pain was severe at a stop.',
	walking: 'Walking',
	bouts: 'Walks between rests',
	onset: 'Pain started after',
	longest: 'Longest walk without a stop',
	rests: 'Rests',
	restInAll: 'Rest in all',
	noRests: 'No rests',
	strongest: 'Strongest pain',
	notRecorded: 'Not recorded',
	painLevel: (level: PainLevel, words: string) => `${level}: ${words}`,
	legsRaised: 'Legs raised',
	walksAndRests: 'Walks and rests',
	keyWalking: 'walking',
	keyResting: 'resting',
	keyOnset: 'pain started',
	bout: (b: {
		walked: string;
		onset: string | null;
		stop: string | null;
		rest: string | null;
		/** Measured distances ("Measure distance outdoors"), already in the person's units. */
		distance?: string | null;
		painFreeDistance?: string | null;
	}) =>
		`Walked ${b.walked}${b.distance ? ` (about ${b.distance})` : ''}${b.onset ? `, pain started after ${b.onset}${b.painFreeDistance ? ` (about ${b.painFreeDistance})` : ''}` : ''}${b.stop ? `, stopped at ${b.stop}` : ''}${b.rest ? `, then rested ${b.rest}` : ''}.`,
	distanceBeforePain: 'Distance before pain',
	longestDistance: 'Longest distance',
	aboutDistance: (distance: string) => `About ${distance}`,
	distancePoor:
		'Some distances are left out because the phone could not tell its position well enough.',
	editHeading: 'Change the times or pain levels',
	editHint: 'Times are minutes into each walk, like 4 or 4:30.',
	editWalk: (n: number) => `Walk ${n}`,
	editOnset: 'Pain started after',
	editStop: 'Stopped to rest after',
	editLevel: 'Pain at the stop',
	nothingToChange: 'Nothing was recorded in this walk that can be changed.',
	save: 'Save changes',
	cancel: 'Cancel',
	edit: 'Change the times or pain levels',
	remove: 'Delete this walk'
};
