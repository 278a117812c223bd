// Asks the browser to keep our data when space runs low, and reads how much is used.

let asked = false;

/** Asks once per page load, after something worth keeping has been saved. */
export async function askToPersist(): Promise<boolean | null> {
	if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
	asked = true;
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return null;
	}
}

export async function storageStatus(): Promise<{
	usage: number | null;
	quota: number | null;
	persisted: boolean | null;
}> {
	const storage = navigator.storage;
	const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
	const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
	return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}
