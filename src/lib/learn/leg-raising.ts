// The words of the Learn page "leg-raising"; its title and summary are in ../learn.ts.

import type { LearnContent } from '../learn';

export const content: LearnContent = {
	blocks: [
		{
			p: 'For legs that are heavy or swollen from weak veins, lie down and raise your legs above the level of your heart, on cushions. When your legs are swollen, do this for about 30 minutes every 2 hours in the day. For milder heaviness, 10 to 20 minute breaks help.'
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
