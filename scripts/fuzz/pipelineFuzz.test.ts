/**
 * Pipeline fuzzing in `npm test`: 1,200 folders of generated files (random, adversarial, huge,
 * empty, binary-ish), each giving a clear InputError naming a file or a sco.json the app loads.
 * `npm run fuzz` runs the same generators and checks 100,000 times with a fresh seed.
 */
import fc from 'fast-check';
import { articleFolder, FILE_SHAPES, type FuzzFile } from './arbitraries';
import { HOSTILE_URLS } from './frontMatterArbitraries';
import { classifyReason, runCase, runCaseThroughCli } from './pipelineOracle';
import { prepared } from '../preprocess/testSupport';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string): FuzzFile => ({ name, bytes: utf8(text), shape: 'front-matter' });

afterEach(() => {
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe('the pipeline on generated article folders', () => {
  it('gives a clear error naming a file, or output the app accepts — 1,200 folders', () => {
    const shapes = new Map<string, { files: number; inOutput: number }>();
    const outcomes = { output: 0, inputError: 0, experts: 0, quotes: 0, candidates: 0 };
    const reasons = new Set<string>();
    fc.assert(
      fc.property(articleFolder, (files) => {
        const result = runCase(files, prepared());
        expect(result.problems).toEqual([]);
        const outcome = result.outcome;
        if (outcome?.kind === 'output') {
          outcomes.output += 1;
          outcomes.experts += outcome.experts;
          outcomes.quotes += outcome.quotes;
          outcomes.candidates += outcome.candidates;
        } else if (outcome?.kind === 'input-error') {
          outcomes.inputError += 1;
          reasons.add(outcome.reason);
        }
        for (const f of files) {
          const seen = shapes.get(f.shape) ?? { files: 0, inOutput: 0 };
          seen.files += 1;
          if (outcome?.kind === 'output') seen.inOutput += 1;
          shapes.set(f.shape, seen);
        }
      }),
      { numRuns: 1200, seed: 20250907 },
    );
    // The generators are worth something only if they reach every shape, and past the reader to the extractor.
    expect([...shapes.keys()].sort()).toEqual([...FILE_SHAPES].sort());
    expect(outcomes.output).toBeGreaterThan(1200 * 0.2);
    expect(outcomes.inputError).toBeGreaterThan(1200 * 0.2);
    expect(outcomes.experts).toBeGreaterThan(0);
    expect(outcomes.quotes).toBeGreaterThan(0);
    expect(outcomes.candidates).toBeGreaterThan(0);
    for (const shape of ['front-matter', 'plain-text'] as const) expect(shapes.get(shape)?.inOutput, shape).toBeGreaterThan(0);
    expect(reasons.size).toBeGreaterThanOrEqual(8);
  });

  it('keeps its promise through `npm run preprocess` on real files too — 60 folders', async () => {
    await fc.assert(
      fc.asyncProperty(articleFolder, async (files) => {
        expect((await runCaseThroughCli(files)).problems).toEqual([]);
      }),
      { numRuns: 60, seed: 20250908 },
    );
  });
});

describe('inputs the fuzzer found worth pinning', () => {
  it('never evaluates front matter that announces itself as JavaScript (gray-matter would)', () => {
    for (const opener of ['---js', '--- javascript', '---coffee']) {
      const result = runCase([file('a.md', `${opener}\nglobalThis.__pwned = 1; module.exports = { title: "x" }\n---\nText.\n`)], prepared());
      expect(result.problems).toEqual([]);
      expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    }
  });

  it('refuses every non-http(s) article address with the file and the line of the url', () => {
    for (const url of HOSTILE_URLS) {
      const text = `---\ntitle: T\noutlet: O\nurl: ${JSON.stringify(url)}\npublished: 2024\n---\nText.\n`;
      const result = runCase([file('bad-url.md', text)], prepared());
      expect(result.problems, url).toEqual([]);
      // Refused at the reader (line 4) or, for what only looks like an address, by the schema check.
      expect(result.outcome, url).toEqual({ kind: 'input-error', reason: expect.stringMatching(/^front matter … must be an http/) as unknown });
    }
  });

  it('keeps a hostile title character for character, as text', () => {
    const title = '<img src=x onerror=globalThis.__pwned=1> \u202Eevil\u202C &amp; [x](javascript:alert(1))';
    const result = runCase([{ ...file('t.md', `---\ntitle: ${JSON.stringify(title)}\noutlet: O\npublished: 2024\n---\nText.\n`), expectedTitle: title }], prepared());
    expect(result).toMatchObject({ outcome: { kind: 'output', articles: 1 }, problems: [] });
  });

  it('names the kind of error for the statistics without the quoted parts', () => {
    expect(classifyReason('front matter field "title" must be text')).toBe('front matter field … must be text');
    expect(classifyReason('looks like a binary file (it contains NUL bytes), not an article')).toBe('looks like a binary file , not an article');
  });
});
