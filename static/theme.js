// Applies the saved colour theme before first paint, so there is no flash. A file, not an inline
// script, so the Content Security Policy can allow scripts from this origin only.
try {
	const t = localStorage.getItem('legwork-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	/* no storage: the device's own theme */
}
