// A page put into the browser's back-forward cache with a transaction under way must not keep
// that transaction. WebKit (Safari, and WebKitGTK on our machines) suspends the page with the
// transaction still open, and every later transaction on the same tables, from any tab, waits
// behind it until the cached page is thrown away: a new Legwork page then cannot save. Seen in
// the cross-engine suite (onboarding stuck on its last write, 1 run in 4 to 15) and reproduced
// with a bare IndexedDB page in WebKitGTK: a transaction running, a same-origin navigation, and
// a later readwrite transaction on that table never ends (other tables are free). Safari users
// report the same (jakearchibald/idb-keyval#180, "Transactions freeze on page navigation").
//
// So: every transaction the page starts is tracked until it ends; when the page goes into
// the cache ("pagehide", persisted) those still open are aborted, which frees the tables; and if
// any was, the page reloads when it is shown again, so it reads afresh instead of going on with
// reads that were cut short. A write aborted this way was at most a few milliseconds from done
// and is not recorded: the person had already left the page. Reloads and closing a tab do not
// go through the cache and are left to the browser.

const underWay = new Set<IDBTransaction>();
let aborted = false;
let tracking = false;

/**
 * Remembers every transaction this page starts, from start to end. Done where transactions are
 * made, on IndexedDB's own database object, so it sees them all: Dexie's, including the one it
 * makes while opening outside its middleware, and any other.
 */
export function trackTransactions(
	proto: IDBDatabase | undefined = globalThis.IDBDatabase?.prototype
): void {
	if (tracking || !proto) return;
	tracking = true;
	const start = proto.transaction;
	proto.transaction = function (
		this: IDBDatabase,
		...args: Parameters<IDBDatabase['transaction']>
	) {
		const transaction = start.apply(this, args);
		underWay.add(transaction);
		const ended = () => underWay.delete(transaction);
		transaction.addEventListener('complete', ended);
		transaction.addEventListener('abort', ended);
		return transaction;
	};
}

/** The page is going into the back-forward cache: end what is under way. Returns how many. */
export function leavingForCache(): number {
	let count = 0;
	for (const transaction of underWay) {
		try {
			transaction.abort();
			count++;
		} catch {
			/* it had just finished */
		}
	}
	underWay.clear();
	if (count) aborted = true;
	return count;
}

/** The page is shown again from the cache: true when it should reload to read afresh. */
export function backFromCache(): boolean {
	const reload = aborted;
	aborted = false;
	return reload;
}

/** How many transactions are under way (for tests). */
export function transactionsUnderWay(): number {
	return underWay.size;
}

let listening = false;

/** Listens for the page entering and leaving the back-forward cache, once per page. */
export function guardPageCache(
	target: EventTarget | undefined = globalThis.window,
	reload: () => void = () => location.reload()
): void {
	if (listening || !target) return;
	listening = true;
	target.addEventListener('pagehide', (event) => {
		if ((event as PageTransitionEvent).persisted) leavingForCache();
	});
	target.addEventListener('pageshow', (event) => {
		if ((event as PageTransitionEvent).persisted && backFromCache()) reload();
	});
}
