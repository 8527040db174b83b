/**
 * The YAML between an article's "---" lines → its fields, or the reason and file line it broke on.
 * Pure and isomorphic (the `yaml` package has no Node dependency), so the browser worker reads
 * front matter with the same code as the pipeline. Most front matter is plain `key: value` lines,
 * read directly by parseSimpleFrontMatter; the YAML parser takes the rest and reports the errors.
 */
import { parseDocument, type YAMLError } from 'yaml';

export class FrontMatterError extends Error {
  constructor(
    readonly reason: string,
    /** The line in the file (1-based), counting the opening "---" as line 1. */
    readonly line: number,
  ) {
    super(reason);
    this.name = 'FrontMatterError';
  }
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const PLAIN_SCALAR = /^[^\s[\]{}>|*&!%@`#'",?:-][^#]*?$|^-[^\s-][^#]*?$/;

/**
 * Front matter made only of `key: value` lines, read directly: YAML parsing was a fifth of the
 * pipeline's time on large corpora. Anything else (lists, block scalars, escapes, comments, a
 * repeated key) returns null and goes to the YAML parser.
 */
export function parseSimpleFrontMatter(lines: readonly string[]): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const line of lines) {
    if (line.trim() === '') continue;
    const match = SIMPLE_LINE.exec(line);
    if (match === null) return null;
    const key = match[1] ?? '';
    const raw = match[2] ?? '';
    if (Object.hasOwn(data, key)) return null;
    if (raw === '' || raw === '~' || raw === 'null') data[key] = null;
    else if (/^"[^"\\]*"$/.test(raw)) data[key] = raw.slice(1, -1);
    else if (/^'(?:[^']|'')*'$/.test(raw)) data[key] = raw.slice(1, -1).replace(/''/g, "'");
    else if (PLAIN_SCALAR.test(raw) && !raw.includes(': ') && !/^(?:true|false|yes|no|on|off)$/i.test(raw)) data[key] = raw;
    else return null;
  }
  return data;
}

/** "Map keys must be unique at line 2, column 1:\n\n a: 2\n ^" → "Map keys must be unique". */
const reasonOf = (error: YAMLError) => (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');

/** The YAML starts on the file's second line (after the opening "---"). */
const fileLine = (error: YAMLError) => (error.linePos?.[0].line ?? 0) + 1;

/**
 * Parses front matter lines. YAML 1.2's core schema: no timestamps (a date stays the text it was),
 * no custom tags. An unknown tag (`!!js/function`) is an error, not a warning: front matter is data,
 * and a tag is a sign of a file meant for another reader.
 */
export function parseFrontMatter(lines: readonly string[]): unknown {
  const simple = parseSimpleFrontMatter(lines);
  if (simple !== null) return simple;
  const document = parseDocument(lines.join('\n'), { prettyErrors: true, uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) throw new FrontMatterError(reasonOf(problem), fileLine(problem));
  try {
    return document.toJS({ maxAliasCount: 20 });
  } catch (error) {
    // An alias to an anchor that is never set, or more aliases than a front matter needs.
    throw new FrontMatterError((error as Error).message, 1);
  }
}
