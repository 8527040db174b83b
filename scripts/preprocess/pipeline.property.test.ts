/**
 * Whatever text an article holds, the pipeline does not crash, what it produces passes the
 * contract (schema + cross-references), and its split into a core and evidence shards passes the
 * app's checks and joins back into the same data. Bodies mix random Unicode with the words the extractor
 * reacts to, so the attribution code paths are exercised, not only the "nothing found" path.
 */
import fc from 'fast-check';
import { ScoData } from '../../src/model/schema';
import { findBrokenReferences } from '../../src/model/integrity';
import { checkCore, checkShard } from '../../src/model/parse';
import { buildScoData } from './pipeline';
import { joinScoData, splitScoData } from './split';
import { article, prepared } from './testSupport';

const fragments = [
  'said', 'according to', 'According to', 'he said', 'she noted', ', an analyst at the Institute of Peace in Astana,', 'Kazakh political scientist',
  'Rizat Tasym', 'Tasym', 'Anna Kim', 'Ürgüp Çelik', 'Иван Петров', '“', '”', '"', ',', '.', '\n\n', '\n', ' ', 'Belarus', 'membership',
  'interest in joining', 'applied for observer status', 'Editor’s Note:', 'Photo credit:', 'By', 'Published: Sep 16, 2022', 'SCO',
  'terrorism', 'Belt and Road', 'O’Neill', 'J.', 'van der', '---', '\u0000', '\uFEFF', '🙂', 'A.', 'Mr.', 'Dr. Li Wei',
];

const body = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(' '))
  .filter((text) => text.trim() !== '');

describe('the pipeline on any text', () => {
  it('never crashes, always writes data that passes the schema and the cross-reference checks, and splits without loss', () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 3 }), (bodies) => {
        const articles = bodies.map((text, i) => article(text, { id: `a${i}`, file: `a${i}.md`, url: `https://example.org/${i}`, title: `Article ${i}` }));
        const data = buildScoData(articles, prepared(), '2025-01-01T00:00:00.000Z');
        expect(ScoData.safeParse(data).success).toBe(true);
        expect(findBrokenReferences(data)).toEqual([]);
        expect(data.articles).toHaveLength(bodies.length);
        const split = splitScoData(data, { shardBytes: 0 });
        expect(checkCore(JSON.parse(JSON.stringify(split.core))).ok).toBe(true);
        split.shards.forEach(({ file, shard }, i) => expect(checkShard(JSON.parse(JSON.stringify(shard)), file, [split.core.articles[i]?.id ?? '']).ok).toBe(true));
        expect(joinScoData(split.core, new Map(split.shards.map((s) => [s.file, s.shard])))).toEqual(data);
      }),
      { numRuns: 300, seed: 20250901 },
    );
  });
});
