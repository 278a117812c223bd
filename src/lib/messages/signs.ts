// The signs to stop for, what to do about each, and the cautions on raising the legs: shown
// during a walk, at the start and on Learn's pages, so they are a module of their own.

import type { SignId, Urgency } from '$lib/safety/questions';

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
		otherChanges: 'Lasting swelling, skin changes, tingling, night cramps or a new medicine'
	} satisfies Record<SignId, string>,
	urgencyHeading: {
		emergency: 'Call now',
		sameDay: 'Get seen today',
		soon: 'Talk to your care team before your next walk',
		continue: 'You can carry on'
	} satisfies Record<Urgency, string>,
	guidance: {
		emergency: (number: string) =>
			`Stop and sit down. If it does not pass at once, or you are worried, call ${number} now.`,
		sameDay:
			'Do not walk on it. Call your doctor’s surgery or an urgent care service today. For foot pain at rest or a sore that will not heal, ask to see a vascular (blood vessel) specialist urgently.',
		soon: 'Stop walking for now, and talk to your care team before your next walk.',
		continue: 'Carry on as planned.'
	} satisfies Record<Urgency, string | ((number: string) => string)>,
	/** The guidance of an urgency, with the number to call where it names one. */
	guidanceFor: (urgency: Urgency, number: string): string =>
		urgency === 'emergency' ? signs.guidance.emergency(number) : signs.guidance[urgency],
	call: (number: string) => `Call ${number}`,
	callCareTeam: (name: string) => (name ? `Call ${name}` : 'Call your care team'),
	emergencyMark: 'Emergency'
};

export const cautions = {
	elevationCaution:
		'Because your circulation can be affected: if raising your legs causes foot pain, pale skin or numbness, lower them and stop. Tell your clinician.',
	compressionCaution:
		'Wear compression stockings only if your clinician has said they are right for you.'
};
