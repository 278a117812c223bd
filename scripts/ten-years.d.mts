/** Ten years of daily walks as a backup file (see ten-years.mjs). */
export function tenYears(
	days?: number,
	start?: number
): { tables: Record<string, unknown[]> } & Record<string, unknown>;
