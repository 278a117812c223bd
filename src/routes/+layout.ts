// Every page is prerendered: the app is static files, and every page opens offline.
export const prerender = true;
export const trailingSlash = 'never';
