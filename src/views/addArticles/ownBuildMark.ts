/**
 * A performance mark after each build of the own articles, with the worker's figures as its detail
 * (start-up: reference data and the shipped core read into facts, first build only; build: read → core):
 * `npm run bench` (bench/app/benchOwnArticles.ts) reads it.
 */
export const OWN_BUILD_MARK = 'own-articles-built';

export interface OwnBuildDetail {
  startMs: number;
  buildMs: number;
  kept: number;
  added: number;
}
