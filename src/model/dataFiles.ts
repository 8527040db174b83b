/**
 * Where the app's data lives, relative to the page: the core (what the first view needs) and the
 * evidence shards beside it. One place, so the pipeline, the loader and index.html's preload agree.
 * No imports: vite.config.ts reads it too.
 */

/** The folder of the data files in the built app (public/data in the source tree). */
export const DATA_FOLDER = 'data';

/** The core's file name: small enough to load at once, everything the first view counts and draws. */
export const CORE_FILE = 'sco-core.json';

/** The core's address from the page, e.g. for `<link rel="preload" href=…>`. */
export const CORE_URL = `./${DATA_FOLDER}/${CORE_FILE}`;

/**
 * The map file: what the map draws before the core is in (mapFile.ts), a few KB at any corpus
 * size, loaded beside the core.
 */
export const MAP_FILE = 'sco-map.json';

export const MAP_URL = `./${DATA_FOLDER}/${MAP_FILE}`;

/** The evidence shards' folder, beside the core; a shard's `file` in the core is relative to the core. */
export const EVIDENCE_FOLDER = 'evidence';

/** JSON Schema files written beside the data, for readers without TypeScript. */
export const CORE_SCHEMA_FILE = 'sco-core.schema.json';
export const EVIDENCE_SCHEMA_FILE = 'sco-evidence.schema.json';
export const MAP_SCHEMA_FILE = 'sco-map.schema.json';
