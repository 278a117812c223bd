export const learn = {
	heading: 'Learn',
	intro: 'Short pages about your legs, walking and when to get help.',
	back: 'All Learn pages',
	backToWalk: 'Back to your walk',
	sources: 'Where this comes from',
	more: {
		painScale: 'More about the pain scale',
		legRaising: 'More about raising your legs',
		getHelp: 'When to get help',
		about: 'What Legwork is, and is not'
	}
};
