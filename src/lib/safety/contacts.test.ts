import { describe, expect, it } from 'vitest';
import { checkContacts, checkPhone, defaultEmergencyNumber, telHref } from './contacts';

describe('the emergency number', () => {
	const table: [string[], string][] = [
		[['en-GB'], '999'],
		[['en-US'], '911'],
		[['fr-CA'], '911'],
		[['en-AU'], '000'],
		[['en-NZ'], '111'],
		[['de-DE'], '112'],
		[['nl'], '112'],
		[['en', 'en-GB'], '999']
	];
	for (const [locales, number] of table) {
		it(`is ${number} for ${locales.join(', ')}`, () =>
			expect(defaultEmergencyNumber(locales)).toBe(number));
	}
});

describe('a phone number a person types', () => {
	it('accepts numbers with spaces, dashes, brackets and a plus', () => {
		expect(checkPhone(' 999 ')).toEqual({ ok: true, number: '999' });
		expect(checkPhone('+44 (0)20 7946-0000')).toEqual({ ok: true, number: '+440207946000' + '0' });
	});
	it('refuses letters, an empty box and a single digit', () => {
		expect(checkPhone('')).toEqual({ ok: false, error: 'empty' });
		expect(checkPhone('nine nine nine')).toEqual({ ok: false, error: 'notANumber' });
		expect(checkPhone('9')).toEqual({ ok: false, error: 'notANumber' });
		expect(checkPhone('999a')).toEqual({ ok: false, error: 'notANumber' });
	});
	it('dials digits only', () => expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000'));
});

describe('the contacts a person types', () => {
	it('keeps a good emergency number, and the care team only if given', () => {
		expect(
			checkContacts({ emergencyNumber: ' 112 ', careTeamName: ' Dr Ahmed ', careTeamPhone: '' })
		).toEqual({
			ok: true,
			contacts: { emergencyNumber: '112', careTeamName: 'Dr Ahmed', careTeamPhone: '' }
		});
	});
	it('names each field that is wrong', () => {
		expect(checkContacts({ emergencyNumber: 'abc', careTeamName: '', careTeamPhone: 'x' })).toEqual(
			{
				ok: false,
				emergency: 'notANumber',
				care: 'notANumber'
			}
		);
		expect(checkContacts({ emergencyNumber: '', careTeamName: '', careTeamPhone: '' })).toEqual({
			ok: false,
			emergency: 'empty',
			care: undefined
		});
	});
});
