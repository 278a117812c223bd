import { describe, expect, it } from 'vitest';
import { SAFETY_QUESTIONS, safetyOutcome, type SafetyAnswers } from './questions';

const allNo: SafetyAnswers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));

describe('safetyOutcome', () => {
	it('lets the program start when every answer is no', () => {
		expect(safetyOutcome(allNo)).toEqual({
			complete: true,
			flags: [],
			needsClearance: false,
			mostUrgent: null
		});
	});

	it('is incomplete until every question is answered', () => {
		expect(safetyOutcome({ chestOrBreath: false }).complete).toBe(false);
	});

	it('needs clearance for any yes and puts the most urgent first', () => {
		const outcome = safetyOutcome({
			...allNo,
			otherChanges: true,
			restPainOrSore: true,
			chestOrBreath: true
		});
		expect(outcome.needsClearance).toBe(true);
		expect(outcome.mostUrgent).toBe('emergency');
		expect(outcome.flags.map((f) => f.id)).toEqual([
			'chestOrBreath',
			'restPainOrSore',
			'otherChanges'
		]);
	});

	it('treats a recent heart attack as a check before starting', () => {
		expect(safetyOutcome({ ...allNo, recentHeartOrSurgery: true }).mostUrgent).toBe('beforeStart');
	});
});
