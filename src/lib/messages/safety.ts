import type { PreWalkQuestionId, SafetyQuestionId } from '$lib/safety/questions';

export const safety = {
	question: {
		heartWhenActive:
			'When you are active, do you get chest pain or pressure, feel very short of breath, faint or dizzy, or feel your heart racing?',
		lungClot:
			'In the last few days, have you suddenly become short of breath, had chest pain when you breathe in, or coughed up blood?',
		suddenColdLeg:
			'Right now, is one leg suddenly cold, pale or blue, numb, weak or in severe pain?',
		swollenHotLeg: 'Right now, is one leg suddenly swollen, painful, warm or red?',
		restPainOrSore:
			'Do your feet or toes hurt when you are resting or at night, or do you have a sore on your foot or leg that has not healed in 2 weeks, or any black skin?',
		recentHeartOrSurgery:
			'In the last 3 months, have you had a heart attack, new or worsening chest pain (angina), or major surgery?',
		limitedByHeartOrLungs:
			'Is your walking held back more by your heart or your breathing than by your legs?',
		otherChanges:
			'Do you have swelling that does not go down with rest, skin changes, tingling or numbness, cramps that wake you at night, or heavy legs since starting a new medicine?'
	} satisfies Record<SafetyQuestionId, string>,
	youSaid: {
		heartWhenActive:
			'You said you get chest pain, bad breathlessness, faintness, dizziness or a racing heart when you are active.',
		lungClot:
			'You said you have suddenly become short of breath, had chest pain when breathing in, or coughed up blood.',
		suddenColdLeg: 'You said one leg is suddenly cold, pale or blue, numb, weak or in severe pain.',
		swollenHotLeg: 'You said one leg is suddenly swollen, painful, warm or red.',
		restPainOrSore:
			'You said your feet hurt at rest or at night, or you have a sore that has not healed, or black skin.',
		recentHeartOrSurgery:
			'You said you have had a heart attack, new chest pain or major surgery in the last 3 months.',
		limitedByHeartOrLungs: 'You said your heart or your breathing holds your walking back.',
		otherChanges:
			'You said you have lasting swelling, skin changes, tingling, night cramps or heavy legs since a new medicine.'
	} satisfies Record<SafetyQuestionId, string>,
	preWalkQuestion: {
		chestOrBreath: 'Chest pain, or bad breathlessness, since your last walk',
		swollenLeg: 'One leg newly swollen, warm or red',
		newSore: 'A new sore on your foot or leg',
		footPainAtRest: 'Pain in your foot at rest or at night'
	} satisfies Record<PreWalkQuestionId, string>,
	/** At the start the answers are about what has happened, not what is happening now. */
	onboardingEmergency: (number: string) =>
		`If this is happening now, call ${number}. If not, see a doctor today, before you start walking.`,
	unwellHeading: 'You said you feel unwell',
	unwellIntro: 'Everything is paused. Stop walking and sit down somewhere safe.',
	unwellSigns: 'Tap what you feel, if any of these:',
	unwellEnded: 'Your walk has ended. Stay sitting down.',
	feelBetter: 'I feel better: carry on',
	endWalk: 'End the walk now',
	preWalkHeading: 'Before you start',
	preWalkIntro: 'Do you have any of these today? Tap any that you have.',
	preWalkNone: 'None of these: start my walk',
	preWalkSome: 'Continue',
	preWalkNotToday: 'I will not walk today',
	preWalkChecked: 'It has been checked, and I was told I can walk',
	longRestHeading: 'Your pain has not eased',
	longRest:
		'Leg pain that has not eased after 10 minutes of rest is not the usual pattern. Please end today’s walk now, with no cool-down, and talk to your care team before your next walk.',
	severeHeading: 'That was severe pain',
	severe:
		'We suggest you end today’s walk now. Next time, stop a little earlier, at moderate pain (4).'
};
