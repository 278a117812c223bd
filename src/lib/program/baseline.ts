// From a walk test to the first week's target, and checks on test values a person enters.
// Figures: docs/clinical-basis.md, "Starting target".

import type { WalkTestResult } from './types';

const MIN = 60_000;

/** Peak walking time (minutes, upper bound exclusive) → week-1 active-walking target (minutes). */
const BY_PEAK_WALK: readonly [number, number][] = [
	[3, 10],
	[10, 15],
	[15, 20],
	[20, 25],
	[30, 30],
	[Infinity, 35]
];

/** Six-minute walk distance (metres, upper bound exclusive) → week-1 target (minutes). */
const BY_SIX_MINUTE: readonly [number, number][] = [
	[200, 10],
	[350, 15],
	[450, 20],
	[Infinity, 25]
];

export const DEFAULT_START_MIN = 15;

export function startTargetMin(test: WalkTestResult | null): number {
	if (!test) return DEFAULT_START_MIN;
	if (test.method === 'sixMinute' && test.distanceM !== null) {
		return lookup(BY_SIX_MINUTE, test.distanceM);
	}
	const peak = test.maxWalkMs ?? test.onsetMs;
	if (peak === null) return DEFAULT_START_MIN;
	return lookup(BY_PEAK_WALK, peak / MIN);
}

function lookup(table: readonly [number, number][], value: number): number {
	for (const [below, minutes] of table) if (value < below) return minutes;
	return DEFAULT_START_MIN;
}

export type TestFieldError =
	'required' | 'notANumber' | 'negative' | 'tooLong' | 'onsetAfterEnd' | 'tooFar';

export interface TestEntry {
	method: 'treadmill' | 'sixMinute';
	onsetMin?: string;
	maxMin?: string;
	distance?: string;
	units: 'km' | 'miles';
}

/** Longest believable walk test; past this the number is surely a typo. */
const MAX_TEST_MIN = 90;
/** A six-minute walk cannot go much beyond a brisk 1 km. */
const MAX_SIX_MINUTE_M = 1000;
const METRES_PER_YARD = 0.9144;

function parseNumber(raw: string | undefined): number | null | 'bad' {
	const text = (raw ?? '').trim().replace(',', '.');
	if (text === '') return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : 'bad';
}

/**
 * Checks a walk-test result a person typed in. Returns the result, or an error per field;
 * distances are typed in metres (km units) or yards (miles units).
 */
export function checkTestEntry(
	entry: TestEntry
):
	| { ok: true; result: WalkTestResult }
	| { ok: false; errors: Partial<Record<'onset' | 'max' | 'distance', TestFieldError>> } {
	if (entry.method === 'sixMinute') {
		const distance = parseNumber(entry.distance);
		let error: TestFieldError | null = null;
		if (distance === null) error = 'required';
		else if (distance === 'bad') error = 'notANumber';
		else if (distance <= 0) error = 'negative';
		if (error || typeof distance !== 'number')
			return { ok: false, errors: { distance: error ?? 'required' } };
		const metres = entry.units === 'miles' ? distance * METRES_PER_YARD : distance;
		if (metres > MAX_SIX_MINUTE_M) return { ok: false, errors: { distance: 'tooFar' } };
		return {
			ok: true,
			result: { method: 'sixMinute', onsetMs: null, maxWalkMs: null, distanceM: Math.round(metres) }
		};
	}
	const onset = parseNumber(entry.onsetMin);
	const max = parseNumber(entry.maxMin);
	const errors: Partial<Record<'onset' | 'max', TestFieldError>> = {};
	const check = (value: number | null | 'bad', required: boolean): TestFieldError | null => {
		if (value === null) return required ? 'required' : null;
		if (value === 'bad') return 'notANumber';
		if (value < 0 || (required && value === 0)) return 'negative';
		if (value > MAX_TEST_MIN) return 'tooLong';
		return null;
	};
	const onsetError = check(onset, false);
	const maxError = check(max, true);
	if (onsetError) errors.onset = onsetError;
	if (maxError) errors.max = maxError;
	if (
		!onsetError &&
		!maxError &&
		typeof onset === 'number' &&
		typeof max === 'number' &&
		onset > max
	) {
		errors.onset = 'onsetAfterEnd';
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		result: {
			method: 'treadmill',
			onsetMs: typeof onset === 'number' ? Math.round(onset * MIN) : null,
			maxWalkMs: Math.round((max as number) * MIN),
			distanceM: null
		}
	};
}
