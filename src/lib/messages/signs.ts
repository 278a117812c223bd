// The signs to stop for: shown during a walk and at the start, so they are a module of their own.

import type { SignId } from '$lib/safety/questions';

export const signs = {
	sign: {
		chestPain: 'Chest pain or pressure',
		breathless: 'Very short of breath',
		fainting: 'Fainting, or about to faint',
		dizziness: 'Dizzy or light-headed',
		racingHeart: 'Heart racing or fluttering',
		lungClot: 'Sudden breathlessness, pain when breathing in, or coughing blood',
		coldPaleLeg: 'A leg suddenly cold, pale or blue, numb or weak',
		swollenHotLeg: 'One leg suddenly swollen, painful, warm or red',
		restPainOrSore: 'Foot pain at rest or at night, or a sore that will not heal',
		painNotEasing: 'Leg pain that has not eased after 10 minutes of rest',
		severePain: 'Severe leg pain when walking',
		recentHeartOrSurgery: 'A recent heart attack, new chest pain or major surgery',
		limitedByHeartOrLungs: 'Walking held back by your heart or breathing',
		swellingOrSkin: 'Swelling that does not go down, or changes to the skin',
		routineChange: 'Tingling, night cramps, or heavy legs since a new medicine'
	} satisfies Record<SignId, string>
};
