// Backup, restore and erase as a person does them: the last backup date, the file chosen and
// what it holds, the choice of merge or replace, and what went wrong, in one place.

import { clearAllDrafts } from '$lib/device/drafts';
import { now as clockNow } from '$lib/device/clock';
import { toIsoDate } from '$lib/dates';
import { shareOrDownload } from '$lib/device/share';
import {
	MAX_BACKUP_BYTES,
	BackupError,
	type BackupContents,
	type BackupProblem
} from '$lib/storage/backup';
import type { ImportCounts, ImportMode, dataCounts } from '$lib/storage/backup-io';
import type { TableData } from '$lib/storage/schema';
import { app } from './app.svelte';

/** The database side of backups, loaded with the first read, after the page is drawn. */
const io = () => import('$lib/storage/backup-io');

export type RestoreStep =
	| { kind: 'idle' }
	| { kind: 'checking' }
	| { kind: 'chosen'; contents: BackupContents; tables: TableData; fileName: string }
	| { kind: 'importing' }
	| { kind: 'done'; mode: ImportMode; counts: ImportCounts };

export class BackupState {
	loaded = $state(false);
	lastBackup = $state<number | null>(null);
	counts = $state<Awaited<ReturnType<typeof dataCounts>> | null>(null);
	restore = $state.raw<RestoreStep>({ kind: 'idle' });
	problem = $state<BackupProblem | null>(null);
	exporting = $state(false);
	exported = $state<'shared' | 'downloaded' | null>(null);
	erased = $state(false);

	async load(): Promise<void> {
		await app.start();
		if (!app.storageProblem)
			this.lastBackup = await io()
				.then((d) => d.lastBackupAt())
				.catch(() => null);
		this.loaded = true;
	}

	async exportNow(): Promise<void> {
		if (this.exporting) return;
		this.exporting = true;
		this.problem = null;
		try {
			const now = clockNow();
			const file = await (await io()).exportAll(__APP_VERSION__, now);
			const how = await shareOrDownload(
				`legwork-backup-${toIsoDate(now)}.json`,
				JSON.stringify(file),
				'application/json'
			);
			if (how === 'cancelled') return;
			await (await io()).markBackedUp(now);
			this.lastBackup = now;
			this.exported = how;
		} catch (error) {
			this.problem = {
				kind: 'storage',
				problem: (error as { problem?: string }).problem ?? 'failed'
			};
		} finally {
			this.exporting = false;
		}
	}

	/** Reads and checks a file; nothing is written. */
	async choose(file: File | null | undefined): Promise<void> {
		this.problem = null;
		this.exported = null;
		if (!file) return void (this.restore = { kind: 'idle' });
		// Refused before reading: a huge file would stall the page and cannot be ours.
		if (file.size > MAX_BACKUP_BYTES) {
			this.restore = { kind: 'idle' };
			this.problem = { kind: 'tooLarge' };
			return;
		}
		this.restore = { kind: 'checking' };
		try {
			const text = await file.text();
			// The record checker (and Valibot) load only now, when a person restores.
			const { checkBackup } = await import('$lib/storage/backup-schema');
			const checked = await checkBackup(text);
			if (!checked.ok) {
				this.restore = { kind: 'idle' };
				this.problem = checked.problem;
				return;
			}
			this.restore = {
				kind: 'chosen',
				contents: checked.contents,
				tables: checked.tables,
				fileName: file.name
			};
		} catch {
			this.restore = { kind: 'idle' };
			this.problem = { kind: 'notJson' };
		}
	}

	async importChosen(mode: ImportMode): Promise<void> {
		const step = this.restore;
		if (step.kind !== 'chosen') return;
		this.restore = { kind: 'importing' };
		try {
			const counts = await (await io()).importBackup(step.tables, mode);
			this.restore = { kind: 'done', mode, counts };
			// What an erase would delete is counted again when it is asked for.
			this.counts = null;
			// Preferences may have come with the file.
			await app.reloadPreferences();
		} catch (error) {
			this.restore = step;
			this.problem =
				error instanceof BackupError ? error.problem : { kind: 'storage', problem: 'failed' };
		}
	}

	cancelRestore(): void {
		this.restore = { kind: 'idle' };
		this.problem = null;
	}

	/** Counts what erasing would delete, to name it in the question. */
	async countForErase(): Promise<void> {
		this.counts = await io()
			.then((d) => d.dataCounts())
			.catch(() => null);
	}

	async erase(): Promise<boolean> {
		try {
			await (await io()).eraseAll();
			clearAllDrafts();
			this.erased = true;
			this.lastBackup = null;
			await app.reloadPreferences();
			return true;
		} catch (error) {
			this.problem = {
				kind: 'storage',
				problem: (error as { problem?: string }).problem ?? 'failed'
			};
			return false;
		}
	}
}
