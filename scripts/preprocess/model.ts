/** The pipeline's view of the shared contract: re-exported so stages import from one place. */
export type { Article, Candidate, Country, Evidence, Expert, Link, Quote, ScoData, Source, StatusPeriod, Summit, Theme, ThemeWeight } from '../../src/model/schema';
export { CANDIDATE_KINDS, SCHEMA_VERSION, ScoData as ScoDataSchema } from '../../src/model/schema';
import type { CANDIDATE_KINDS } from '../../src/model/schema';
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];
