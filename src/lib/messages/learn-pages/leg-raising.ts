// The words of the Learn page "leg-raising"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'For legs that are heavy or swollen from weak veins, lie down and raise your legs above the level of your heart, on cushions. How long depends on swelling. When your legs are swollen, raise them for about 30 minutes, 4 times a day (about every 2 hours). For milder heaviness, about 15 minutes, 3 times a day. Your day’s plan on Today says which applies, from your last diary entry. After each walk on a plan for heavy legs, Legwork times one short break of 15 minutes.'
		},
		{
			p: 'When you sit or stand for a long time, point and pull up your feet about 10 times every hour, or take a short walk.'
		},
		{ p: 'In bed, raising the foot of your mattress about 15 cm can help.' },
		{ show: 'pad-cautions' }
	],
	sources: [
		'Advice on weak leg veins from a university vascular surgery department (Upstate Medical University).',
		'The shared clinical basis of Legwork, section 3.'
	]
};
