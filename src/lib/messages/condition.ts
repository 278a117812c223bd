// The person's condition in words: what a clinician said, and which legs. Onboarding asks with
// them and the report shows them, so they are a words module of their own: the report does not
// carry onboarding's words.

import type { Diagnosis, Legs } from '$lib/program/types';

export const LEGS = { left: 'Left leg', right: 'Right leg', both: 'Both legs' } satisfies Record<
	Legs,
	string
>;

export const DIAGNOSIS = {
	pad: 'Poor circulation in the leg arteries (PAD, or “claudication”: leg pain when walking that eases with rest)',
	vein: 'Weak leg veins (heavy, tired or swollen legs)',
	both: 'Both of these',
	unsure: 'I am not sure'
} satisfies Record<Diagnosis, string>;

export const condition = { diagnosis: DIAGNOSIS, legs: LEGS };
