// Putting Legwork on the home screen, and how much space it has: Settings and Your data show
// these, so they are not among the words every page carries (common.ts).

export const install = {
	button: 'Install Legwork',
	help: 'It then opens like any other app, with or without internet.',
	iosTitle: 'On iPhone or iPad',
	iosSteps: [
		'Open Legwork in Safari.',
		'Tap the Share button (a square with an arrow pointing up).',
		'Scroll down and tap “Add to Home Screen”.',
		'Tap “Add”.'
	],
	installed: 'Legwork is installed on this device.'
};

export const storageSpace = {
	heading: 'Storage',
	used: (used: string, available: string) => `${used} used of about ${available}.`,
	unknown: 'This browser does not say how much space is left.',
	persisted: 'Your browser will keep Legwork’s data even when space runs low.',
	notPersisted:
		'Your browser may clear Legwork’s data if the device runs very low on space. On an iPhone or iPad, Safari also clears it after 7 days without using Legwork, unless Legwork is on your home screen. Installing Legwork to your home screen helps keep it, and a backup keeps a copy.'
};
