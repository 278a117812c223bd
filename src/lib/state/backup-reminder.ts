// When the last backup was made, and whether Today should remind the person to make one. The
// backup code is loaded only when asked, after the page is drawn.

import { now } from '$lib/device/clock';

export async function backupReminderDue(): Promise<boolean> {
	const [{ backupDue }, { oldestUnsavedWalkAt }] = await Promise.all([
		import('$lib/storage/backup'),
		import('$lib/storage/backup-io')
	]);
	const oldest = await oldestUnsavedWalkAt().catch(() => null);
	return backupDue(oldest, now());
}

export async function lastBackup(): Promise<number | null> {
	const { lastBackupAt } = await import('$lib/storage/backup-io');
	return lastBackupAt().catch(() => null);
}
