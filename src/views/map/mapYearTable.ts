import { membershipInYear, openCandidates, type MembershipYear } from '../../model/membershipInYear';
import type { MapData } from '../../model/mapData';
import { statusChanges, type StatusChange } from '../../model/statusChanges';
import { legendCounts, type LegendCounts } from './legendCounts';
import { mapClassOf, type MapClass } from './statusScale';

/** Everything the map draws for one year that depends on the year alone. */
export interface MapYear {
  membership: MembershipYear;
  counts: LegendCounts;
  changes: StatusChange[];
  /** Each country's class; the same object for every year with the same classes. */
  classes: ReadonlyMap<string, MapClass>;
  /** Open candidates (hatched); the same object for every year with the same ones. */
  candidates: ReadonlySet<string>;
  /** Candidates that one of the person's own articles names (outlined in the "yours" colour). */
  ownCandidates: ReadonlySet<string>;
  /** Statuses resting on weak sources only (drawn dashed). */
  unverified: ReadonlySet<string>;
}

/**
 * Classes and mark sets by content (a comma-joined key), so a year that changes nobody's class keeps
 * the same map and the layers memoised on it are not drawn again. One pool per data set; a new
 * data set looks in the pool of the one before it (the core taking over from the map file, or the
 * data after a user adds articles, draws the same objects where nothing changed), and the pools of
 * older data sets go with their data instead of growing for as long as the page is open.
 */
interface Pool {
  classes: Map<string, ReadonlyMap<string, MapClass>>;
  sets: Map<string, ReadonlySet<string>>;
  /** The previous data set's pool, looked in and taken from; dropped once a newer data set comes. */
  previous: Pool | null;
}

interface Table {
  years: Map<number, MapYear>;
  pool: Pool;
}

/** Per data set: its pool, and per day of "now" the years computed so far. */
const tables = new WeakMap<MapData, { pool: Pool; byDay: Map<string, Table> }>();
let latestPool: Pool | null = null;

function tableOf(data: MapData, asOf: string): Table {
  let entry = tables.get(data);
  if (entry === undefined) {
    if (latestPool !== null) latestPool.previous = null;
    const pool: Pool = { classes: new Map(), sets: new Map(), previous: latestPool };
    latestPool = pool;
    entry = { pool, byDay: new Map() };
    tables.set(data, entry);
  }
  let table = entry.byDay.get(asOf);
  if (table === undefined) {
    table = { years: new Map(), pool: entry.pool };
    entry.byDay.set(asOf, table);
  }
  return table;
}

/** The pooled object for `key`: this data set's, else the previous data set's (taken over), else a new one. */
function pooled<T>(pool: Pool, pick: (p: Pool) => Map<string, T>, key: string, make: () => T): T {
  const own = pick(pool);
  let value = own.get(key);
  if (value === undefined) {
    value = pool.previous === null ? undefined : pick(pool.previous).get(key);
    if (value === undefined) value = make();
    own.set(key, value);
  }
  return value;
}

function sharedSet(table: Table, kind: string, iso3s: readonly string[]): ReadonlySet<string> {
  return pooled(table.pool, (p) => p.sets, `${kind}|${iso3s.join(',')}`, () => new Set(iso3s));
}

function computeYear(table: Table, data: MapData, year: number, asOf: string): MapYear {
  const membership = membershipInYear(data, year, asOf);
  const all = [...membership.values()];
  const open = openCandidates(membership);
  const classKey = all.map((c) => `${c.iso3}:${mapClassOf(c.status)}`).join(',');
  const classes = pooled(table.pool, (p) => p.classes, classKey, () => new Map(all.map((c) => [c.iso3, mapClassOf(c.status)])));
  return {
    membership,
    counts: legendCounts(membership),
    changes: statusChanges(data, year, asOf),
    classes,
    candidates: sharedSet(
      table,
      'candidates',
      open.map((c) => c.iso3),
    ),
    ownCandidates: sharedSet(
      table,
      'own',
      open.filter((c) => c.ownCandidacyArticles > 0).map((c) => c.iso3),
    ),
    unverified: sharedSet(
      table,
      'unverified',
      all.filter((c) => !c.verified).map((c) => c.iso3),
    ),
  };
}

/**
 * The map's year from a table kept per data set: computed the first time it is asked for (or ahead,
 * by warmMapYears), so a year step reads it instead of going through every country's history and
 * every candidacy (21,000 at 10,000 articles) in the keydown's render.
 */
export function mapYear(data: MapData, year: number, asOf: string): MapYear {
  const table = tableOf(data, asOf);
  let entry = table.years.get(year);
  if (entry === undefined) {
    entry = computeYear(table, data, year, asOf);
    table.years.set(year, entry);
  }
  return entry;
}

/**
 * Fills the table for the years `first` to `last` while the browser is idle, a few years per idle
 * period. Returns a cancel. Does nothing where there is no requestIdleCallback (jsdom): the years
 * are then computed when asked for.
 */
export function warmMapYears(data: MapData, first: number, last: number, asOf: string): () => void {
  if (typeof requestIdleCallback === 'undefined') return () => undefined;
  const table = tableOf(data, asOf);
  const queue = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  let handle: number | null = null;
  const work = (deadline: IdleDeadline) => {
    handle = null;
    while (queue.length > 0 && deadline.timeRemaining() > 2) {
      const year = queue.shift() as number;
      if (!table.years.has(year)) table.years.set(year, computeYear(table, data, year, asOf));
    }
    if (queue.length > 0) handle = requestIdleCallback(work);
  };
  handle = requestIdleCallback(work);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
  };
}
