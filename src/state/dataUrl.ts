/**
 * Where the app fetches its data. One name for the loader (loadData.ts) and for index.html's
 * preload (scripts/build/earlyLoads.ts), so the preload follows when the file is renamed or split.
 * No imports: the build's config reads this file too.
 */
export const DATA_URL = './data/sco.json';
