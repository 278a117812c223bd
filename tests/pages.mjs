// Every page of the app, for checks that go through them all: axe, the security policy, layout
// shift, tap areas (tests/e2e), offline cold starts in WebKit and Firefox (tests/engines), and
// Lighthouse (bench/lighthouse.mjs).
export const ALL_PAGES = [
	'/',
	'/walk',
	'/plan',
	'/progress',
	'/history',
	'/history/add',
	'/session',
	'/review',
	'/report',
	'/diary',
	'/raise',
	'/learn',
	'/learn/pain-scale',
	'/learn/get-help',
	'/settings',
	'/data',
	'/start',
	'/test'
];
