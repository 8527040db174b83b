/**
 * A story is data: an ordered list of steps, each a saved view state with a title and a caption.
 * Files in data/stories/*.json and stories uploaded by a user are validated with these schemas;
 * what the schema cannot know (placeholders, ids in the data) is checked by storyValidation.ts.
 */
import { z } from 'zod';
import { VIEW_IDS } from '../../state/viewState';

/**
 * The schemas, built on first use (a story file read or uploaded, once the data is in), not while
 * index.js is evaluated: zod's schema objects cost their construction time on the page's first
 * long task, and most visits never read a story.
 */
function buildStorySchemas() {
  /** Same years the URL accepts (urlState.ts), so a step never holds a state a link cannot carry. */
  const Year = z.number().int().min(1990).max(2100);
  /** Ids as the URL accepts them (urlState.ts parseId). */
  const StoryId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'expected a lower-case id (letters, digits and dashes)');

  /** The part of the view state a step sets; whatever it leaves out is the default (all years, nothing selected). */
  const StepState = z
    .object({
      year: Year.optional(),
      range: z
        .tuple([Year, Year])
        .refine(([from, to]) => from <= to, 'the range must run from the earlier year to the later one')
        .optional(),
      selectedCountry: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code').optional(),
      selectedExpert: StoryId.optional(),
      themes: z.array(StoryId).optional(),
      focus: z.enum(VIEW_IDS).optional(),
      mapZoom: z
        .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(1).max(16)])
        .optional(),
      /** How many experts the network draws one by one (as the URL's experts=); left out, as many as fit. */
      networkExperts: z.union([z.literal('all'), z.number().int().min(1).max(999_999)]).optional(),
    })
    .strict();

  const StoryStep = z
    .object({
      title: z.string().trim().min(1, 'a step needs a title').max(120),
      /** May hold placeholders such as {count.member}, filled from the data at the step's year (captionTemplate.ts). */
      caption: z.string().max(1200),
      state: StepState,
      /** Ids into the data's `sources` for the facts the caption states. */
      sources: z.array(z.string().min(1)).optional(),
    })
    .strict();

  const Story = z
    .object({
      id: StoryId,
      title: z.string().trim().min(1, 'a story needs a title').max(120),
      description: z.string().max(600).optional(),
      steps: z.array(StoryStep).min(1, 'a story needs at least one step').max(200),
    })
    .strict();
  return { StepState, StoryStep, Story };
}

type StorySchemas = ReturnType<typeof buildStorySchemas>;
let schemas: StorySchemas | null = null;

export function storySchemas(): StorySchemas {
  schemas ??= buildStorySchemas();
  return schemas;
}

export type StepState = z.infer<StorySchemas['StepState']>;
export type StoryStep = z.infer<StorySchemas['StoryStep']>;
export type Story = z.infer<StorySchemas['Story']>;

export type StoryParse = { ok: true; story: Story } | { ok: false; errors: string[] };

const MAX_ERRORS = 8;

/** "steps.2.state.year: Too big…" → "step 3, state.year: …": people count steps from one. */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return rest === '' ? `step ${path[1] + 1}` : `step ${path[1] + 1}, ${rest}`;
  }
  return path.map(String).join('.');
}

/** Validates a parsed JSON value as a story; errors are lines a person can act on. */
export function parseStory(value: unknown): StoryParse {
  const parsed = storySchemas().Story.safeParse(value);
  if (parsed.success) return { ok: true, story: parsed.data };
  const lines = parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  if (parsed.error.issues.length > MAX_ERRORS) lines.push(`… and ${parsed.error.issues.length - MAX_ERRORS} more`);
  return { ok: false, errors: lines };
}

/** Reads the text of a story file (an upload, a saved copy). */
export function parseStoryText(text: string): StoryParse {
  if (text.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return parseStory(json);
}
