// The cautions on raising the legs and on stockings, for people whose circulation may be
// affected: the walk's leg raising and Learn's page on it show them, so they are a module of their
// own (in one module with the signs, a chunk carried both to Learn).

export const cautions = {
	elevationCaution:
		'Because your circulation can be affected: if raising your legs causes foot pain, pale skin or numbness, lower them and stop. Tell your clinician.',
	compressionCaution:
		'Wear compression stockings only if your clinician has said they are right for you.'
};
