// The database's name: a module of its own, so the peek that every page makes before the
// database code loads (peek.ts) does not bring the schema's declarations with it.

export const DB_NAME = 'legwork';
