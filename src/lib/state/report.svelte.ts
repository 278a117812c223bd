// The report for the care team: the dates chosen, what falls within them (walks, weeks and,
// past a year, months; tests, advice, reviews, diary entries), the person's details, and the
// CSV files. The page lays it out (ui/report/, ui/figures/).

import { isIsoDate, type IsoDate } from '$lib/dates';
import * as m from '$lib/messages';
import { boutsCsv, sessionsCsv } from '$lib/progress/csv';
import { reportSummary } from '$lib/report/summary';
import { EMPTY_DETAILS, type ReportDetails } from '$lib/report/details';
import type { AdviceShown } from '$lib/safety/care';
import type { SessionRecord } from '$lib/storage/schema';
import type { DiaryState } from './diary.svelte';
import { inputOf, type RecordsState } from './records.svelte';

/** Past a year, the older weeks are summed up month by month; the last year, week by week. */
export const RECENT_WEEKS = 52;
/** The charts show the last half year of the range. */
const CHART_WEEKS = 26;

/** Where the report's records come from: the live records, and the device's details. */
export interface ReportSources {
	records: Pick<
		RecordsState,
		| 'loaded'
		| 'today'
		| 'program'
		| 'sessions'
		| 'weeks'
		| 'testChanges'
		| 'reviews'
		| 'monthsOf'
		| 'legRaiseByWeek'
		| 'countsIn'
	>;
	diary: Pick<DiaryState, 'entries' | 'breaks'>;
	loadDetails(): Promise<ReportDetails>;
	saveDetails(details: ReportDetails): Promise<void>;
	/**
	 * The advice shown, worked out from every finished session: as the records read them, or,
	 * when they could not, read again.
	 */
	loadAdvice(sessions?: readonly SessionRecord[]): Promise<AdviceShown[]>;
	/** Nothing is stored on this device yet: there are no details or advice to read. */
	firstVisit?(): Promise<boolean>;
}

export class ReportView {
	/** The dates as typed; an unfinished date leaves the default in use. */
	fromText = $state('');
	toText = $state('');
	/** The person's details for the report, read from this device. */
	details = $state<ReportDetails | null>(null);
	/** Every piece of advice the records led to, with the person's answer; null until read. */
	advice = $state<AdviceShown[] | null>(null);

	#src: ReportSources;

	constructor(sources: ReportSources) {
		this.#src = sources;
	}

	get records() {
		return this.#src.records;
	}

	/** The current program by default; with no program, from the first walk. */
	first = $derived.by<IsoDate>(() => {
		const { program, sessions, today } = this.#src.records;
		if (program && program.startDate <= today) return program.startDate;
		const oldest = sessions?.[sessions.length - 1]?.date;
		return oldest && oldest < today ? oldest : today;
	});
	from = $derived(isIsoDate(this.fromText) ? this.fromText : this.first);
	to = $derived.by(() => (isIsoDate(this.toText) ? this.toText : this.#src.records.today));
	rangeProblem = $derived(this.from > this.to ? m.report.rangeProblem : '');

	#within = (date: IsoDate) => date >= this.from && date <= this.to;

	/** The walks of these dates, oldest first. */
	inRange = $derived.by(() =>
		(this.#src.records.sessions ?? []).filter((s) => this.#within(s.date)).reverse()
	);
	weeks = $derived.by(() =>
		this.#src.records.weeks.filter((w) => w.end >= this.from && w.start <= this.to)
	);
	#older = $derived(this.weeks.length > RECENT_WEEKS + 4 ? this.weeks.slice(0, -RECENT_WEEKS) : []);
	recentWeeks = $derived(this.#older.length ? this.weeks.slice(-RECENT_WEEKS) : this.weeks);
	/** Leg raising by week, from the same records as the counts, worked out in one pass. */
	legRaise = $derived.by(() => this.#src.records.legRaiseByWeek(this.#src.diary.breaks));
	months = $derived.by(() =>
		this.#older.length ? this.#src.records.monthsOf(this.#older, this.legRaise) : []
	);
	chartWeeks = $derived(this.weeks.slice(-CHART_WEEKS));
	/** The counts of these dates (progress/counts.ts), leg raising timed on its own page included. */
	counted = $derived.by(() =>
		this.#src.records.countsIn({ from: this.from, to: this.to }, this.#src.diary.breaks)
	);
	/** Walking in all, walk tests apart. */
	walkedMs = $derived(
		this.inRange.reduce(
			(sum, s) => sum + (s.kind !== 'test' ? (s.summary?.activeWalkingMs ?? 0) : 0),
			0
		)
	);
	adviceInRange = $derived((this.advice ?? []).filter((a) => this.#within(a.date)).reverse());
	diaryInRange = $derived.by(() => this.#src.diary.entries.filter((e) => this.#within(e.date)));
	testsInRange = $derived.by(() =>
		this.#src.records.testChanges.filter((t) => this.#within(t.date))
	);
	reviews = $derived.by(() => this.#src.records.reviews.filter((r) => this.#within(r.weekStart)));
	schedule = $derived.by(() => this.#src.records.program?.schedules.at(-1) ?? null);
	/** Its advice counted once the advice is read (printed at once, it says it is loading). */
	summary = $derived(
		reportSummary(this.weeks, this.testsInRange, this.advice && this.adviceInRange)
	);

	/**
	 * Reads the person's details; unreadable is taken as none. On a first visit there is nothing
	 * to read, and the report is drawn without the database code.
	 */
	async load(): Promise<void> {
		if (await this.#src.firstVisit?.()) {
			this.details ??= { ...EMPTY_DETAILS };
			this.advice ??= [];
			return;
		}
		this.details = await this.#src.loadDetails().catch(() => ({ ...EMPTY_DETAILS }));
	}

	#adviceAsked = false;

	/**
	 * Reads the advice shown, once, from the sessions the records have read: with a year of walks
	 * a second read of every walk would be a long task. Without them (storage could not be
	 * read), it tries to read them itself. Unreadable is taken as none.
	 */
	async loadAdvice(sessions?: readonly SessionRecord[]): Promise<void> {
		if (this.#adviceAsked) return;
		this.#adviceAsked = true;
		if (await this.#src.firstVisit?.()) {
			this.advice ??= [];
			return;
		}
		this.advice = await this.#src.loadAdvice(sessions).catch(() => []);
	}

	async saveDetails(next: ReportDetails): Promise<boolean> {
		try {
			await this.#src.saveDetails(next);
			this.details = next;
			return true;
		} catch {
			return false;
		}
	}

	/** A CSV file of these dates' walks, or of their walks and rests, with its name. */
	csv(kind: 'sessions' | 'bouts'): { name: string; text: string } {
		const rows = this.inRange.flatMap((s) => {
			const input = inputOf(s);
			return input ? [input] : [];
		});
		return {
			name: `legwork-${kind}-${this.from}-to-${this.to}.csv`,
			text: kind === 'sessions' ? sessionsCsv(rows) : boutsCsv(rows)
		};
	}
}
