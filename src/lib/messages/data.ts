import type { BackupProblem } from '$lib/storage/backup';
import { plural, RECORD_NAMES } from './format';

export const data = {
	heading: 'Your data',
	intro:
		'Everything Legwork records stays on this phone. Nothing is sent anywhere. A backup file lets you keep a copy, move to a new phone, or bring your walks back after clearing the browser.',
	backupHeading: 'Make a backup',
	backupHelp:
		'A backup is one file with all your walks, walk tests and settings. Keep it somewhere safe, such as your email or your cloud storage.',
	backupButton: 'Save a backup file',
	lastBackup: (date: string) => `Your last backup: ${date}.`,
	noBackup: 'You have not made a backup yet.',
	shared: 'Your backup file is ready. Keep it somewhere safe.',
	downloaded:
		'Your backup file has been saved to your downloads. Keep it somewhere safe, such as your email or cloud storage.',
	restoreHeading: 'Restore from a backup',
	restoreHelp:
		'Choose a Legwork backup file. Nothing changes until you have seen what it holds and chosen what to do.',
	chooseFile: 'Choose a backup file',
	checking: 'Checking the file…',
	holds: (counted: string, diary: number) =>
		`This file holds ${counted}; and ${plural(diary, 'diary entry', 'diary entries')}.`,
	span: (first: string, last: string) =>
		first === last ? `From ${first}.` : `From ${first} to ${last}.`,
	madeOn: (date: string) => `The backup was made on ${date}.`,
	howQuestion: 'What should Legwork do with it?',
	merge: 'Add it to what is here',
	mergeHelp:
		'Keeps everything on this phone and adds what is new in the file. Nothing is counted twice.',
	replace: 'Replace everything here with the file',
	replaceHelp: 'Deletes what is on this phone now and puts the file’s records in its place.',
	cancelRestore: 'Cancel',
	importing: 'Restoring…',
	restored: (added: number, updated: number) =>
		added + updated === 0
			? 'Done. Everything in the file was already here.'
			: `Done. ${plural(added, 'record', 'records')} added${updated ? `, ${plural(updated, 'record', 'records')} brought up to date` : ''}.`,
	replaced: 'Done. Your data is now the data from the file.',
	goToday: 'Go to Today',
	problemIntro: 'This file could not be used. Nothing on this phone has changed.',
	problem: (p: BackupProblem): string => {
		switch (p.kind) {
			case 'tooLarge':
				return 'The file is much larger than any Legwork backup. Please check you chose the right file.';
			case 'empty':
				return 'The file is empty.';
			case 'notJson':
				return 'This is not a Legwork backup file. A backup file ends in .json and was saved from Legwork.';
			case 'damaged':
				return 'The file seems damaged or cut short. Try saving the backup again from the phone it came from.';
			case 'notBackup':
				return 'This file is not a Legwork backup.';
			case 'noFormat':
				return 'This file does not say it is a Legwork backup, so it was not used.';
			case 'newer':
				return 'This backup was made by a newer version of Legwork. Update Legwork on this phone (reload it while online), then try again.';
			case 'badVersion':
				return 'This backup does not say which version of Legwork made it, so it was not used.';
			case 'missingTables':
				return 'Parts of the backup are missing, so it was not used.';
			case 'invalid':
				return `Part of the backup cannot be read (${RECORD_NAMES[p.table]} number ${p.index + 1}${p.field ? `, ${p.field}` : ''}). The file may have been changed by another program.`;
			case 'endBeforeStart':
				return `A walk in the backup ends before it starts (walk number ${p.index + 1}). The file may have been changed by another program.`;
			case 'duplicateId':
				return 'The backup holds the same record twice. The file may have been changed by another program.';
			case 'idCollision':
				return 'A record in the backup clashes with a different record on this phone, so the backup was not used.';
			case 'storage':
				return p.problem === 'full'
					? 'There is not enough space on this phone to restore the backup. Free some space, then try again.'
					: 'Something went wrong while restoring. Please try again.';
		}
	},
	keepHeading: 'Keeping your data safe',
	eraseHeading: 'Erase all data',
	eraseHelp: 'Removes everything Legwork has stored on this phone.',
	eraseButton: 'Erase all data',
	eraseConfirm: (c: { programs: number; walks: number; tests: number; diary: number }) =>
		`This deletes ${c.programs ? 'your walking program, ' : ''}${plural(c.walks, 'walk', 'walks')}, ${plural(c.tests, 'walk test', 'walk tests')}, ${plural(c.diary, 'diary entry', 'diary entries')} and your settings from this phone. It cannot be undone. If you may want them back, make a backup first.`,
	eraseYes: 'Yes, erase everything',
	erased: 'Everything has been erased from this phone.',
	settingsLink: 'Back up, restore or erase your data',
	reminder:
		'You have walks from the last 4 weeks or more that are in no backup. A backup keeps them safe if this phone is lost or the browser is cleared.',
	reminderLink: 'Make a backup'
};
