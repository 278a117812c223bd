// The words of the Learn page "shoes-water-salt"; its title is in ../learn-topics.ts.

import type { LearnContent } from '$lib/learn';

export const content: LearnContent = {
	blocks: [
		{
			list: [
				'Wear comfortable, well-fitting shoes with a firm sole, and socks without tight tops.',
				'Check your feet every day for sores, blisters or colour changes, especially if you have diabetes or poor circulation. For a sore that has not healed in 2 weeks, call your doctor’s surgery today and ask to see a vascular (blood vessel) specialist urgently.',
				'Drink water through the day, unless your doctor has told you to limit fluids.',
				'Go easy on salt: it makes the body hold water, and legs swell more.'
			]
		}
	],
	sources: ['Advice for people with leg artery disease from the Cleveland Clinic walking program.']
};
