import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '$lib/dates';
import { BackupError, MAX_BACKUP_BYTES } from '$lib/storage/backup';
import { checkBackup } from '$lib/storage/backup-schema';
import type { TableData } from '$lib/storage/schema';
import { BackupState, type BackupPorts } from './backup.svelte';

const NOW = parseIsoDate('2026-12-03').getTime() + 9 * 3_600_000;
const example = readFileSync('docs/examples/backup-v4.json', 'utf8');
const file = (text: string, name = 'legwork-backup.json') => ({
	name,
	size: text.length,
	text: async () => text
});

/** A backup page over a pretend database, recording what was asked of it. */
function page(
	options: {
		storage?: boolean;
		share?: 'shared' | 'downloaded' | 'cancelled';
		fail?: 'export' | 'import' | 'importBadFile' | 'erase';
	} = {}
) {
	const calls: string[] = [];
	const imported: { tables: TableData; mode: string }[] = [];
	const shared: { name: string; text: string }[] = [];
	let lastBackup: number | null = NOW - 30 * 86_400_000;
	const ports: BackupPorts = {
		now: () => NOW,
		start: async () => options.storage ?? true,
		io: async () => ({
			lastBackupAt: async () => lastBackup,
			exportAll: async (version, at) => {
				if (options.fail === 'export') throw Object.assign(new Error(), { problem: 'full' });
				return { format: 'legwork-backup', version, at } as never;
			},
			markBackedUp: async (at) => void (lastBackup = at),
			importBackup: async (tables, mode) => {
				if (options.fail === 'import') throw new Error('disk');
				if (options.fail === 'importBadFile')
					throw new BackupError({ kind: 'duplicateId', table: 'sessions', id: 'x' });
				imported.push({ tables, mode });
				return { added: 3, updated: 1, kept: 0 };
			},
			dataCounts: async () => ({ programs: 1, walks: 12, tests: 2, diary: 4 }),
			eraseAll: async () => {
				if (options.fail === 'erase') throw Object.assign(new Error(), { problem: 'failed' });
				calls.push('erase');
			}
		}),
		checkBackup,
		share: async (name, text) => (shared.push({ name, text }), options.share ?? 'downloaded'),
		reloadPreferences: async () => void calls.push('preferences'),
		clearDrafts: () => void calls.push('drafts'),
		appVersion: '9.9.9'
	};
	return { data: new BackupState(ports), calls, imported, shared };
}

describe('Your data', () => {
	it('reads when the last backup was made; with no storage, there is none to read', async () => {
		const { data } = page();
		await data.load();
		expect([data.loaded, data.lastBackup]).toEqual([true, NOW - 30 * 86_400_000]);
		const none = page({ storage: false }).data;
		await none.load();
		expect([none.loaded, none.lastBackup]).toEqual([true, null]);
	});

	it('backs up to a dated file and remembers when; a cancelled share changes nothing', async () => {
		const { data, shared } = page();
		await data.load();
		await data.exportNow();
		expect(shared.map((s) => s.name)).toEqual(['legwork-backup-2026-12-03.json']);
		expect(JSON.parse(shared[0]!.text)).toMatchObject({ version: '9.9.9', at: NOW });
		expect([data.lastBackup, data.exported, data.exporting]).toEqual([NOW, 'downloaded', false]);

		const cancelled = page({ share: 'cancelled' }).data;
		await cancelled.load();
		await cancelled.exportNow();
		expect([cancelled.lastBackup, cancelled.exported]).toEqual([NOW - 30 * 86_400_000, null]);
	});

	it('a backup that cannot be made says why', async () => {
		const { data } = page({ fail: 'export' });
		await data.exportNow();
		expect(data.problem).toEqual({ kind: 'storage', problem: 'full' });
		expect(data.exporting).toBe(false);
	});

	it('a good file: says what it holds, then merges it, and reloads the preferences', async () => {
		const { data, imported, calls } = page();
		await data.choose(file(example));
		expect(data.problem).toBe(null);
		const step = data.restore;
		if (step.kind !== 'chosen') throw new Error(`not chosen: ${step.kind}`);
		expect(step.contents.walks).toBeGreaterThan(0);
		expect(step.fileName).toBe('legwork-backup.json');
		await data.importChosen('merge');
		expect(data.restore).toEqual({
			kind: 'done',
			mode: 'merge',
			counts: { added: 3, updated: 1, kept: 0 }
		});
		expect(imported.map((i) => i.mode)).toEqual(['merge']);
		expect(calls).toEqual(['preferences']);
	});

	it('a bad file is refused with its reason, before anything is written', async () => {
		const cases: [string, string][] = [
			['', 'empty'],
			['{"format": "legwork-backup"', 'damaged'],
			['Dear Doctor, my walks this week', 'notJson'],
			['{"hello": 1}', 'notBackup'],
			[example.replace(/"formatVersion":\s*4/, '"formatVersion": 99'), 'newer']
		];
		for (const [text, kind] of cases) {
			const { data, imported } = page();
			await data.choose(file(text));
			expect([text.slice(0, 30), data.problem?.kind]).toEqual([text.slice(0, 30), kind]);
			expect(data.restore.kind).toBe('idle');
			await data.importChosen('replace');
			expect(imported).toEqual([]);
		}
	});

	it('a file too large is refused without reading it', async () => {
		const { data } = page();
		let read = false;
		await data.choose({
			name: 'huge.json',
			size: MAX_BACKUP_BYTES + 1,
			text: async () => ((read = true), '')
		});
		expect([data.problem, read, data.restore.kind]).toEqual([{ kind: 'tooLarge' }, false, 'idle']);
	});

	it('an import that fails keeps the chosen file and says why', async () => {
		for (const [fail, problem] of [
			['import', { kind: 'storage', problem: 'failed' }],
			['importBadFile', { kind: 'duplicateId', table: 'sessions', id: 'x' }]
		] as const) {
			const { data } = page({ fail });
			await data.choose(file(example));
			await data.importChosen('replace');
			expect(data.restore.kind).toBe('chosen');
			expect(data.problem).toEqual(problem);
		}
	});

	it('choosing no file, or cancelling, goes back to the start', async () => {
		const { data } = page();
		await data.choose(file(example));
		data.cancelRestore();
		expect(data.restore.kind).toBe('idle');
		await data.choose(file('nonsense'));
		await data.choose(null);
		expect([data.restore.kind, data.problem]).toEqual(['idle', null]);
	});

	it('asks before erasing, naming what would go; erases all, drafts too', async () => {
		const { data, calls } = page();
		await data.load();
		await data.askErase();
		expect(data.confirmErase).toBe(true);
		expect(data.counts).toEqual({ programs: 1, walks: 12, tests: 2, diary: 4 });
		data.cancelErase();
		expect([data.confirmErase, calls]).toEqual([false, []]);
		await data.askErase();
		expect(await data.erase()).toBe(true);
		expect(calls).toEqual(['erase', 'drafts', 'preferences']);
		expect([data.erased, data.confirmErase, data.lastBackup]).toEqual([true, false, null]);
	});

	it('an erase that fails keeps everything and says why', async () => {
		const { data, calls } = page({ fail: 'erase' });
		await data.load();
		await data.askErase();
		expect(await data.erase()).toBe(false);
		expect(calls).toEqual([]);
		expect(data.erased).toBe(false);
		expect(data.problem).toEqual({ kind: 'storage', problem: 'failed' });
	});
});
