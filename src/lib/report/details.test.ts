import { describe, expect, it } from 'vitest';
import { checkDetails, EMPTY_DETAILS } from './details';

const today = '2026-12-03';

describe('the person’s details for the report', () => {
	it('are all optional', () => {
		expect(checkDetails(EMPTY_DETAILS, today)).toEqual({ ok: true, details: EMPTY_DETAILS });
	});

	it('are kept tidy', () => {
		expect(
			checkDetails(
				{ name: '  Mary   Jones ', born: '1951-04-02', clinicNumber: ' 485 777 3456 ' },
				today
			)
		).toEqual({
			ok: true,
			details: { name: 'Mary Jones', born: '1951-04-02', clinicNumber: '485 777 3456' }
		});
	});

	it('refuses what cannot be, at its field', () => {
		const bad = (d: Partial<typeof EMPTY_DETAILS>) =>
			checkDetails({ ...EMPTY_DETAILS, ...d }, today);
		expect(bad({ born: '1951-02-30' })).toEqual({ ok: false, problems: { born: 'notDate' } });
		expect(bad({ born: '2027-01-01' })).toEqual({ ok: false, problems: { born: 'future' } });
		expect(bad({ born: '1851-01-01' })).toEqual({ ok: false, problems: { born: 'tooOld' } });
		expect(bad({ name: 'x'.repeat(81) })).toEqual({ ok: false, problems: { name: 'tooLong' } });
		expect(bad({ clinicNumber: '=1+1' })).toEqual({
			ok: false,
			problems: { clinicNumber: 'badCharacters' }
		});
		expect(bad({ clinicNumber: '1'.repeat(31) })).toEqual({
			ok: false,
			problems: { clinicNumber: 'tooLong' }
		});
	});
});
