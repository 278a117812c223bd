export const contacts = {
	heading: 'Who to call if you need help',
	intro:
		'Legwork shows a button to call for help whenever something sounds urgent. Check the number, and add your care team if you like.',
	emergencyLabel: 'Emergency number',
	emergencyHint:
		'The number for an ambulance where you are. We filled in the usual one for your phone’s region: change it if it is wrong.',
	emergencyError: 'Please enter a phone number using digits, for example 999.',
	careNameLabel: 'Your care team or clinician (optional)',
	carePhoneLabel: 'Their phone number (optional)',
	careError: 'Please enter a phone number using digits, or leave it empty.',
	heading2: 'Who to call',
	save: 'Save these numbers',
	saved: 'Saved. This is the number Legwork will offer to call.',
	kept: (number: string) => `Not saved. Legwork will still offer to call ${number}.`
};
