/** Two pages' names, also used as links to them. */
export const ABOUT_TITLE = 'What Legwork is, and is not';
export const GET_HELP_TITLE = 'When to get help';

export const learn = {
	heading: 'Learn',
	intro: 'Short pages about your legs, walking and when to get help.',
	back: 'All Learn pages',
	backToWalk: 'Back to your walk',
	sources: 'Where this comes from',
	more: {
		painScale: 'More about the pain scale',
		legRaising: 'More about raising your legs',
		sixMinute: 'More about the six-minute walk',
		getHelp: GET_HELP_TITLE,
		about: ABOUT_TITLE
	}
};
