import { describe, expect, it } from 'vitest';
import { sameRecords } from './watch';

const rec = (id: string, updatedAt: number) => ({ id, updatedAt, note: 'x' });

describe('sameRecords: is a second answer the same as the first?', () => {
	it('is the same for the same records, by id and last change, in the same order', () => {
		expect(sameRecords([rec('a', 1), rec('b', 2)], [rec('a', 1), rec('b', 2)])).toBe(true);
		expect(sameRecords(rec('a', 1), rec('a', 1))).toBe(true);
		expect(sameRecords(null, null)).toBe(true);
		expect(sameRecords([], [])).toBe(true);
	});

	it('differs when a record changed, came, went or moved', () => {
		expect(sameRecords([rec('a', 1)], [rec('a', 2)])).toBe(false);
		expect(sameRecords([rec('a', 1)], [rec('a', 1), rec('b', 1)])).toBe(false);
		expect(sameRecords([rec('a', 1), rec('b', 1)], [rec('b', 1), rec('a', 1)])).toBe(false);
		expect(sameRecords(rec('a', 1), null)).toBe(false);
		expect(sameRecords(null, rec('a', 1))).toBe(false);
		expect(sameRecords(undefined, [])).toBe(false);
	});

	it('never calls answers the same when it cannot tell (no id or no last change)', () => {
		expect(sameRecords([{ id: 'a' }], [{ id: 'a' }])).toBe(false);
		expect(sameRecords([{ updatedAt: 1 }], [{ updatedAt: 1 }])).toBe(false);
		expect(sameRecords({ count: 1 }, { count: 1 })).toBe(false);
	});
});
