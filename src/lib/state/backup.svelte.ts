// Backup, restore and erase as a person does them: the last backup date, the file chosen and
// what it holds, the choice of merge or replace, the question before erasing, and what went
// wrong, in one place.

import { clearAllDrafts } from '$lib/device/drafts';
import { now } from '$lib/device/clock';
import { toIsoDate } from '$lib/dates';
import { shareOrDownload } from '$lib/device/share';
import {
	MAX_BACKUP_BYTES,
	BackupError,
	type BackupContents,
	type BackupProblem
} from '$lib/storage/backup';
import type { CheckedBackup } from '$lib/storage/backup-schema';
import type * as BackupIo from '$lib/storage/backup-io';
import type { ImportCounts, ImportMode } from '$lib/storage/backup-io';
import type { TableData } from '$lib/storage/schema';
import { app } from './app.svelte';

export type RestoreStep =
	| { kind: 'idle' }
	| { kind: 'checking' }
	| { kind: 'chosen'; contents: BackupContents; tables: TableData; fileName: string }
	| { kind: 'importing' }
	| { kind: 'done'; mode: ImportMode; counts: ImportCounts };

type Io = Pick<
	typeof BackupIo,
	'lastBackupAt' | 'exportAll' | 'markBackedUp' | 'importBackup' | 'dataCounts' | 'eraseAll'
>;
export type DataCounts = Awaited<ReturnType<Io['dataCounts']>>;

/** What backups need from the rest of the app. */
export interface BackupPorts {
	now(): number;
	/** Opens storage; false when there is none to read. */
	start(): Promise<boolean>;
	/** The database side of backups. */
	io(): Promise<Io>;
	checkBackup(text: string): Promise<CheckedBackup>;
	share(fileName: string, text: string): Promise<'shared' | 'downloaded' | 'cancelled'>;
	/** Preferences may come with a restored file, or go with an erase. */
	reloadPreferences(): Promise<void>;
	clearDrafts(): void;
	appVersion: string;
}

/** The app's own: the database side and the checker load with the first use, after drawing. */
export const appBackupPorts: BackupPorts = {
	now,
	start: async () => (await app.start(), !app.storageProblem),
	io: () => import('$lib/storage/backup-io'),
	// The record checker (and Valibot) load only when a person restores.
	checkBackup: async (text) => (await import('$lib/storage/backup-schema')).checkBackup(text),
	share: (fileName, text) => shareOrDownload(fileName, text, 'application/json'),
	reloadPreferences: () => app.reloadPreferences(),
	clearDrafts: clearAllDrafts,
	appVersion: __APP_VERSION__
};

const storageProblem = (error: unknown): BackupProblem => ({
	kind: 'storage',
	problem: (error as { problem?: string }).problem ?? 'failed'
});

export class BackupState {
	loaded = $state(false);
	lastBackup = $state<number | null>(null);
	/** What an erase would delete, once the person asks to erase. */
	counts = $state<DataCounts | null>(null);
	restore = $state.raw<RestoreStep>({ kind: 'idle' });
	problem = $state<BackupProblem | null>(null);
	exporting = $state(false);
	exported = $state<'shared' | 'downloaded' | null>(null);
	/** The question "erase everything?" is asked. */
	confirmErase = $state(false);
	erased = $state(false);
	#ports: BackupPorts;

	constructor(ports: BackupPorts = appBackupPorts) {
		this.#ports = ports;
	}

	async load(): Promise<void> {
		if (await this.#ports.start())
			this.lastBackup = await this.#ports
				.io()
				.then((d) => d.lastBackupAt())
				.catch(() => null);
		this.loaded = true;
	}

	async exportNow(): Promise<void> {
		if (this.exporting) return;
		this.exporting = true;
		this.problem = null;
		try {
			const at = this.#ports.now();
			const io = await this.#ports.io();
			const file = await io.exportAll(this.#ports.appVersion, at);
			const how = await this.#ports.share(
				`legwork-backup-${toIsoDate(at)}.json`,
				JSON.stringify(file)
			);
			if (how === 'cancelled') return;
			await io.markBackedUp(at);
			this.lastBackup = at;
			this.exported = how;
		} catch (error) {
			this.problem = storageProblem(error);
		} finally {
			this.exporting = false;
		}
	}

	/** Reads and checks a file; nothing is written. */
	async choose(file: Pick<File, 'size' | 'name' | 'text'> | null | undefined): Promise<void> {
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
			const checked = await this.#ports.checkBackup(await file.text());
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
			const counts = await (await this.#ports.io()).importBackup(step.tables, mode);
			this.restore = { kind: 'done', mode, counts };
			// What an erase would delete is counted again when it is asked for.
			this.counts = null;
			await this.#ports.reloadPreferences();
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

	/** Counts what erasing would delete, then asks, naming it. */
	async askErase(): Promise<void> {
		this.counts = await this.#ports
			.io()
			.then((d) => d.dataCounts())
			.catch(() => null);
		this.confirmErase = true;
	}

	cancelErase(): void {
		this.confirmErase = false;
	}

	async erase(): Promise<boolean> {
		this.confirmErase = false;
		try {
			await (await this.#ports.io()).eraseAll();
			this.#ports.clearDrafts();
			this.erased = true;
			this.lastBackup = null;
			await this.#ports.reloadPreferences();
			return true;
		} catch (error) {
			this.problem = storageProblem(error);
			return false;
		}
	}
}
