// Words every page may show: the app's name, the tabs, buttons, updates and storage problems.

import type { StorageProblem } from '$lib/storage/db';

export const appName = 'Legwork';
export const tagline = 'Your walking program, at home';
export const skipToContent = 'Skip to main content';
export const loading = 'Loading…';
export const back = 'Back';
export const backToToday = '← Today';
const continueWord = 'Continue';
export { continueWord as continue };
export const save = 'Save';
export const cancel = 'Cancel';
export const yes = 'Yes';
export const no = 'No';
export const errorSummary = 'There is a problem';

export const nav = {
	label: 'Main',
	today: 'Today',
	walk: 'Walk',
	progress: 'Progress',
	history: 'History',
	learn: 'Learn',
	settings: 'Settings'
};

export const pwa = {
	updateReady: 'A new version of Legwork is ready.',
	updateButton: 'Reload',
	updateAfterWalk: 'It will be ready after your walk.',
	offlineReady: 'Legwork now works without internet.'
};

export const storage = {
	problem: {
		unavailable:
			'Legwork cannot save anything in this browser window. This often happens in private browsing. Open Legwork in a normal window to keep your walks.',
		blocked:
			'Legwork is open in another tab or window with an older version, and that is holding up this one. Close the other Legwork tabs or windows, or reload them, and this one will carry on.',
		outdated:
			'Legwork is open in another tab or window with a newer version. Reload this page to carry on with the newer version.',
		full: 'Your device is out of space, so this was not saved. Free some space (for example old photos or apps), then try again. Nothing already saved has been lost.',
		failed:
			'Something went wrong while saving. Nothing already saved has been lost. Please try again.'
	} satisfies Record<StorageProblem, string>,
	readOnly: 'You can still read what is here.'
};
