export const retest = {
	heading: 'Walk test',
	intro:
		'Every 4 weeks, repeat the walk test you did at the start. Walk at your normal pace, as you did then. It shows how far you have come.',
	noProgram: 'Set up your program first: the walk test is part of it.',
	saved: 'Your walk test is saved.',
	compare: (label: string, before: string, now: string) =>
		`${label}: ${before} at the start, ${now} now.`,
	onset: 'Time before the pain started',
	max: 'Time you could walk',
	distance: 'Distance in six minutes',
	noPain: 'no pain',
	back: 'Back to today'
};
