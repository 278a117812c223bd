/**
 * A browser's first start on a busy machine can miss its own deadline (CI once saw Firefox take
 * over 30 s to announce its WebDriver BiDi address, where it takes 3 to 6 s here). That says
 * nothing about the app, so a start is tried three times, each failure said in one line; the last
 * attempt passes the browser's own output through, so a browser that never starts says why.
 */
export async function startEngine(
	engine,
	{ attempts = 3, pauseMs = 2000, log = console.log } = {}
) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await engine.start({ verbose: attempt === attempts });
		} catch (error) {
			if (attempt >= attempts) throw error;
			log(`  · start attempt ${attempt} failed (${error.message.split('\n')[0]}); trying again`);
			await new Promise((r) => setTimeout(r, pauseMs));
		}
	}
}
