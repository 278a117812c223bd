// Hands a file to the person: the system share sheet where the browser can share files (most
// phones), else a download.

import { download } from '$lib/ui/download';

export async function shareOrDownload(
	fileName: string,
	text: string,
	type: string
): Promise<'shared' | 'downloaded' | 'cancelled'> {
	const file = new File([text], fileName, { type });
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: fileName });
			return 'shared';
		} catch (error) {
			// The person closed the share sheet: nothing was saved, and that is their choice.
			if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
			// Sharing is refused (for example, not allowed here): fall back to a download.
		}
	}
	download(fileName, text, type);
	return 'downloaded';
}
