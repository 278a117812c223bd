// The care status, live: gathers what the person has recorded (the answers before the start,
// walks and their warnings and signs, the checks before walks, diary entries, answers to "have
// you spoken to your care team?") and derives the one instruction every screen gives
// (safety/care.ts). Also stores the answers.

import { now } from '$lib/device/clock';
import { addDays, toIsoDate } from '$lib/dates';
import { guidanceFor } from '$lib/diary/diary';
import { careStatus, diaryRecord, type CareRecord, type CareStatus } from '$lib/safety/care';
import { PRE_WALK_QUESTIONS, SAFETY_QUESTIONS, signsFrom } from '$lib/safety/questions';
import type { SessionRecord } from '$lib/storage/schema';
import { walkView } from '$lib/walk/timeline';

const repo = () => import('$lib/storage/repo');

/** Walks this recent have their "I feel unwell" signs read, even when the walk went on. */
const SIGNS_READ_DAYS = 30;

/**
 * Every record the care status reads, from storage. `sessions`: every finished session, when the
 * page has read them already (the report): with a year of walks, a second read is a long task.
 */
export async function careRecords(
	today = toIsoDate(now()),
	sessions?: readonly SessionRecord[]
): Promise<CareRecord[]> {
	const r = await repo();
	const [finished, start, preWalk, answers, diary, breaks] = await Promise.all([
		sessions ?? r.allFinishedSessions(),
		r.safetyChecks('onboarding'),
		r.safetyChecks('preWalk'),
		r.safetyChecks('followUp'),
		r.allDiaryEntries(),
		r.allBreaks()
	]);
	const recent = addDays(today, -SIGNS_READ_DAYS);
	const counted = finished.filter((s) => s.kind !== 'test' && !s.deletedAt && s.summary);
	const read = (s: SessionRecord): boolean =>
		s.summary?.endedBy === 'unwell' || (s.kind !== 'manual' && s.date >= recent);
	const events = await r.eventsOfSessions(counted.filter(read).map((s) => s.id));
	const walks = counted.map((s): CareRecord => {
		const at = s.endedAt ?? s.startedAt;
		const mine = events.get(s.id);
		const signs = mine ? walkView(mine, at).signs : [];
		return { kind: 'walk', at, date: s.date, endedBy: s.summary?.endedBy ?? null, signs };
	});
	// A plain set for one rule check, never shown: no reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const raisedOn = new Set(breaks.filter((b) => b.kind === 'elevation').map((b) => b.date));
	return [
		...walks,
		...start.map((c): CareRecord => ({
			kind: 'start',
			at: c.at,
			date: toIsoDate(c.at),
			signs: signsFrom(SAFETY_QUESTIONS, c.answers)
		})),
		...preWalk.map((c): CareRecord => ({
			kind: 'preWalk',
			at: c.at,
			date: toIsoDate(c.at),
			signs: signsFrom(PRE_WALK_QUESTIONS, c.answers)
		})),
		...answers.map((c): CareRecord => ({
			kind: 'answer',
			at: c.at,
			cleared: c.answers.spoken === true
		})),
		...diary.map((e, i) => diaryRecord(e, e.at, guidanceFor(e, diary.slice(0, i), raisedOn)))
	];
}

export class CareState {
	#records = $state.raw<CareRecord[] | null>(null);
	today = $state(toIsoDate(now()));
	status = $derived<CareStatus | null>(
		this.#records ? careStatus(this.#records, this.today) : null
	);

	get loaded(): boolean {
		return this.#records !== null;
	}

	/** `sessions`: every finished session, when the page has just read them (ProgramState). */
	async load(sessions?: readonly SessionRecord[]): Promise<void> {
		this.today = toIsoDate(now());
		this.#records = await careRecords(this.today, sessions).catch(() => []);
	}

	/** "I have spoken to them: they said I can carry on" (cleared), or "Not yet". */
	async answer(cleared: boolean): Promise<boolean> {
		const ok = await repo()
			.then((r) =>
				r.addSafetyCheck({
					at: now(),
					context: 'followUp',
					answers: { spoken: cleared },
					needsClearance: !cleared
				})
			)
			.then(() => true)
			.catch(() => false);
		await this.load();
		return ok;
	}
}
