// Every rule of the care status in general terms, at the level it leads to, for Learn's "When to
// get help" alone (safety/care-rules.ts holds the rules).

import type { ReasonId } from '$lib/safety/care-rules';

export const careSigns = {
	/** Each rule in general terms, at the level it leads to (safety/care-rules.ts). */
	sign: {
		heartSign:
			'Chest pain or pressure, bad breathlessness, fainting, dizziness or a racing heart on a walk, once it has passed',
		lungClotSign:
			'Sudden breathlessness, pain when breathing in, or coughing blood, once it has passed',
		legBloodFlowSign:
			'A leg that went suddenly cold, pale or blue, numb or weak, once it has passed',
		legClotSign: 'One leg suddenly swollen, painful, warm or red',
		footSign: 'Foot pain at rest or at night, a sore that will not heal, or black skin',
		painNotEasing: 'Leg pain that has not eased after 10 minutes of rest',
		unwell: 'Feeling unwell on a walk, so that you ended it',
		severePain: 'Severe leg pain (5) on a walk: stop, and next time stop a little earlier, at 4',
		severePainAgain: 'Severe leg pain (5) on more than one walk in two weeks',
		newSwelling: 'One leg newly swollen',
		swellingOrSkin:
			'Swelling that does not go down with rest and raising your legs, or new changes to the skin',
		routineChange:
			'Cramps that wake you at night, tingling or burning, or heavy legs since a new medicine'
	} satisfies Record<ReasonId, string>,
	/** The signs that, while they are happening, mean calling for help now. */
	now: {
		heartSign: 'Chest pain or pressure, bad breathlessness, fainting, dizziness or a racing heart',
		lungClotSign: 'Sudden breathlessness, pain when breathing in, or coughing blood',
		legBloodFlowSign: 'A leg suddenly cold, pale or blue, numb or weak'
	} satisfies Partial<Record<ReasonId, string>>
};
