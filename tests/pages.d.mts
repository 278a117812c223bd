/** Every page of the app (see pages.mjs). */
export const ALL_PAGES: string[];
