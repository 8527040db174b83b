/**
 * Where the words of a data set with own articles are: the shipped articles' in the shipped
 * evidence shards, the own articles' in shards of their own held by the browser. The core lists its
 * shards as runs of consecutive articles (coreSchema.ts ShardRef), and own articles fall between
 * shipped ones in publication order, so a shipped shard can be cut into several runs; each run is a
 * part with a name of its own (src/model/evidenceParts.ts), and the app's data source serves a part
 * by reading the shipped shard it comes from, through the same evidence store as shipped shards.
 */
import type { ArticleEvidence, CoreFile, ShardRef } from '../../src/model/coreSchema';
import type { EvidencePart } from '../../src/model/evidenceParts';
import { SCHEMA_VERSION } from '../preprocess/model';

/** The own articles' shards: a folder no shipped shard is in. */
export const OWN_EVIDENCE_FOLDER = 'own';


const shippedPartName = (file: string, first: number, articles: number) => `${file.replace(/\.json$/, '')}-${first}-${first + articles}.json`;
const ownPartName = (number: number) => `${OWN_EVIDENCE_FOLDER}/${String(number).padStart(5, '0')}.json`;

/**
 * The combined core's evidence, in its article order: runs of one shipped shard, in their order
 * there, or of own articles. `own` holds every own article's evidence; any other id is shipped.
 */
export function evidenceParts(articleIds: readonly string[], shipped: Pick<CoreFile, 'articles' | 'evidence'>, own: ReadonlyMap<string, ArticleEvidence>): EvidencePart[] {
  const place = new Map<string, { file: string; at: number }>();
  let first = 0;
  for (const ref of shipped.evidence) {
    shipped.articles.slice(first, first + ref.articles).forEach((a, at) => place.set(a.id, { file: ref.file, at }));
    first += ref.articles;
  }
  const parts: EvidencePart[] = [];
  let ownNumber = 0;
  for (const id of articleIds) {
    const last = parts[parts.length - 1];
    const evidence = own.get(id);
    if (evidence !== undefined) {
      if (last !== undefined && 'own' in last) {
        last.own.articles.push(evidence);
        last.articles += 1;
      } else parts.push({ file: ownPartName(ownNumber++), articles: 1, own: { schemaVersion: SCHEMA_VERSION, articles: [evidence] } });
      continue;
    }
    const at = place.get(id);
    if (at === undefined) throw new Error(`own evidence: article "${id}" is neither shipped nor added`);
    if (last !== undefined && 'shipped' in last && last.shipped.file === at.file && last.shipped.first + last.articles === at.at) last.articles += 1;
    else parts.push({ file: at.file, articles: 1, shipped: { file: at.file, first: at.at } });
  }
  // A shipped shard in one piece keeps its name; a piece of one gets a name of its own.
  const whole = new Map(shipped.evidence.map((ref) => [ref.file, ref.articles]));
  for (const part of parts) if ('shipped' in part && (part.shipped.first !== 0 || whole.get(part.shipped.file) !== part.articles)) part.file = shippedPartName(part.shipped.file, part.shipped.first, part.articles);
  return parts;
}

/** What the core lists of its parts. */
export const partRefs = (parts: readonly EvidencePart[]): ShardRef[] => parts.map(({ file, articles }) => ({ file, articles }));
