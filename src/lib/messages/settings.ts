export const settings = {
	heading: 'Settings',
	cuesHeading: 'Sounds and alerts during a walk',
	cuesHelp: 'The screen always shows the same information; these are extras.',
	speech: 'Spoken prompts',
	sound: 'Beeps',
	vibration: 'Vibration',
	theme: 'Colours',
	themes: { system: 'Same as my device', light: 'Light', dark: 'Dark' },
	units: 'Distance',
	saved: 'Saved.',
	programHeading: 'Your walking program',
	changeDays: 'Change walking days or program',
	daysSaved: 'Your plan has been updated from today. Your past walks have not changed.',
	track: 'Program',
	extend: 'Add 4 more weeks',
	extended: (weeks: number) => `Your program now has ${weeks} weeks.`,
	longest: (weeks: number) =>
		`Your program has ${weeks} weeks, the longest it can be (20 years). It goes on as it is.`,
	redo: 'Start again with a new walk test and questions',
	noProgram: 'You have not set up a program yet.',
	installHeading: 'Install',
	distanceHeading: 'Distance on your walks',
	measureDistance: 'Measure distance outdoors',
	distanceHelp:
		'Uses your phone’s location while you walk, to estimate how far you walk before your legs hurt and in each walk. Only the distance is kept, never where you were. It is an estimate, and it does not work well indoors. Your phone will ask you first.'
};
