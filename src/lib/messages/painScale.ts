import type { PainLevel } from '$lib/program/pain-scale';

export const painScale = {
	title: 'The leg pain scale',
	meaning: {
		1: 'No pain: walk on',
		2: 'Pain has just started: keep walking',
		3: 'Mild pain: keep walking if you can',
		4: 'Moderate pain: stop and rest',
		5: 'Severe pain: stop now'
	} satisfies Record<PainLevel, string>
};
