/**
 * The membership predicates of candidates.ts as data: one row per predicate, with its id, the
 * kind it gives when no status word follows, the side its countries stand on, the cue words the
 * pattern cannot match without, the pattern, and short examples it must find (`yes`, with the
 * candidates "ISO3:kind" it must name) and must not (`no`). candidateRules.test.ts runs every
 * row's examples on its own, so adding a predicate is adding a row. The rows are checked when the
 * module loads: a typo stops the pipeline with the row named.
 */
import { z } from 'zod';
import { CANDIDATE_KINDS } from './model';

/**
 * Where a predicate's countries stand: before it (its subject), after it (its object), both (a
 * noun: "the accession of Iran", "Iran’s bid"), or at the start of the sentence ("Belarus signed …,
 * the next step toward membership").
 */
export const SIDES = ['subject', 'object', 'both', 'sentence'] as const;
export type Side = (typeof SIDES)[number];

/** "was admitted", "could be officially admitted": the auxiliary, and an adverb after it. */
const PASSIVE = String.raw`(?:(?:is|are|was|were|has been|have been|had been|be|being)\s+(?:\w+ly\s+)?)`;

const CandidateRow = z
  .object({
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'ids are lower-case words joined by hyphens'),
    /** The kind when no status word follows the predicate. */
    kind: z.enum(CANDIDATE_KINDS),
    side: z.enum(SIDES),
    /** Words the pattern cannot match without: a sentence with none of them is not tried. */
    words: z.array(z.string().regex(/^[a-z]+$/, 'cue words are single lower-case words')).min(1),
    /** Global and case-blind: it is run with exec over the whole sentence. */
    pattern: z.instanceof(RegExp).refine((p) => p.flags === 'gi', 'the pattern needs the flags "gi" and no others'),
    yes: z.array(z.tuple([z.string().min(1), z.array(z.string().regex(/^[A-Z]{3}:[a-z-]+$/, 'expected "ISO3:kind"')).min(1)])).min(1),
    no: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type CandidateRow = z.infer<typeof CandidateRow>;

const CandidateTable = z
  .array(CandidateRow)
  // A bit per row in the trigger masks.
  .max(31)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${row.id}" is the id of an earlier row` });
      seen.add(row.id);
    });
  });

const ROWS: CandidateRow[] = [
  {
    id: 'join',
    kind: 'membership',
    side: 'subject',
    words: ['join', 'joins', 'joined', 'joining', 'rejoin', 'rejoins', 'rejoined', 'rejoining'],
    pattern: /\b(?:re)?join(?:s|ed|ing)?\b(?=\s+(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|grouping|group|it\b|as\b))/gi,
    yes: [
      ['Belarus joined the SCO last year.', ['BLR:membership']],
      ['Laos and Nepal are joining the bloc as observers.', ['LAO:observer', 'NPL:observer']],
    ],
    no: ['Kazakh experts joined the discussion on membership.', 'Egypt joined the talks on SCO trade.'],
  },
  {
    id: 'become',
    kind: 'membership',
    side: 'subject',
    words: ['become', 'becomes', 'became', 'becoming'],
    pattern: /\bbec(?:ome|omes|oming|ame)\s+(?:a|an|the|its)?\s*(?:SCO\s+)?(?:new\s+|full(?:-fledged)?\s+|permanent\s+|fully\s+fledged\s+|\w+th\s+)?(?:members?|observers?|dialogue[- ]partners?|partners?)\b/gi,
    yes: [
      ['Nepal and Sri Lanka are expected to become full members of the group.', ['LKA:membership', 'NPL:membership']],
      ['Cambodia became an observer of the SCO in 2015.', ['KHM:observer']],
      ['Nepal also would soon become an SCO member.', ['NPL:membership']],
    ],
    no: ['Kyrgyzstan wants the SCO to become a forum for trade.', 'The summit in Laos became a show of unity for the bloc.'],
  },
  {
    // The future of "be" with a status: "are set to be full members". The status needs its
    // adjective, so "is set to be a member of the panel" stays out.
    id: 'to-be',
    kind: 'membership',
    side: 'subject',
    words: ['be'],
    pattern: /\b(?:going|set|expected|due|about|likely|poised|slated)\s+to\s+be\s+(?:(?:a|an|the|its)\s+)?(?:new|full(?:-fledged)?|permanent|fully\s+fledged)\s+(?:members?|observers?|dialogue[- ]partners?|partners?)\b/gi,
    yes: [
      ['Nepal and Sri Lanka are set to be full members of the bloc by next summer.', ['LKA:membership', 'NPL:membership']],
      ['Talks between Nepal and Bhutan went well, as both the countries are going to be the permanent members of the SCO.', ['BTN:membership', 'NPL:membership']],
    ],
    no: ['Nepal is set to be a member of the UN panel on trade.', 'Nepal is expected to be the host of the next forum of full members.'],
  },
  {
    id: 'apply',
    kind: 'membership',
    side: 'subject',
    words: ['apply', 'applies', 'applied', 'applying', 'ask', 'asks', 'asked', 'asking', 'like', 'considering', 'submit', 'submits', 'submitted', 'submitting', 'file', 'files', 'filed', 'filing', 'lodge', 'lodges', 'lodged', 'lodging', 'made', 'make', 'makes', 'making'],
    pattern:
      /\b(?:appl(?:y|ies|ied|ying)\s+(?:for|to\s+join|to\s+become)|ask(?:s|ed|ing)?\s+(?:\S+\s+){0,6}?(?:for|to\s+join|to\s+become)|ask(?:s|ed|ing)?\s+to\s+be\s+(?:upgraded|admitted|accepted|granted|made|given|included)|would\s+like\s+to\s+(?:join|become)|(?:is|are|was|were)\s+considering\s+(?:joining|becoming|membership)|(?:submit(?:s|ted|ting)?|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|made|mak(?:e|es|ing))\s+(?:(?:an?|its|their|a\s+formal|formal|official|an\s+official)\s+)?(?:applications?|requests?|bids?))\b/gi,
    yes: [
      ['Syria has applied for observer status in the SCO.', ['SYR:observer']],
      ['Egypt submitted a formal application to the organisation.', ['EGY:membership']],
      ['Bahrain asked to be admitted as a dialogue partner of the SCO.', ['BHR:dialogue-partner']],
      ['Mongolia is considering membership of the bloc.', ['MNG:membership']],
    ],
    no: ['Mongolia has not applied for membership.', 'The SCO asked Turkey for a statement.'],
  },
  {
    id: 'wish-to-join',
    kind: 'membership',
    side: 'subject',
    words: ['want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'hope', 'hopes', 'hoped', 'hoping', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned', 'aspire', 'aspires', 'aspired', 'aspiring', 'aim', 'aims', 'aimed', 'keen', 'push', 'pushes', 'pushed', 'pushing', 'press', 'presses', 'pressed', 'pressing', 'lobby', 'lobbies', 'lobbied', 'lobbying'],
    pattern:
      /\b(?:want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed|ing)|intend(?:s|ed)?|plan(?:s|ned)?|aspir(?:e|es|ed|ing)|aim(?:s|ed)?|is keen|are keen)\s+to\s+(?:join|become)\b|\baspir(?:e|es|ed|ing)\s+to\b|\b(?:push|press|lobb(?:y|ie))(?:s|es|ed|ing)?\s+(?:for|to\s+join)\b/gi,
    yes: [
      ['Egypt wants to join the SCO as a member.', ['EGY:membership']],
      ['Türkiye aspires to full membership in the organisation.', ['TUR:membership']],
      ['Serbia is lobbying for observer status in the SCO.', ['SRB:observer']],
    ],
    no: ['Egypt and Iran want to join BRICS as members.', 'The SCO plans to hold its summit in Nepal.'],
  },
  {
    id: 'seek',
    kind: 'interest',
    side: 'subject',
    words: ['seek', 'seeks', 'seeking', 'sought', 'want', 'wants', 'wanted', 'eye', 'eyes', 'eyed', 'eyeing'],
    pattern: /\b(?:seek(?:s|ing)?|sought|want(?:s|ed)?\s+closer\s+ties|eye(?:s|d|ing)?)\b/gi,
    yes: [
      ['Myanmar is seeking closer ties with the SCO.', ['MMR:interest']],
      ['Armenia seeks observer status in the SCO.', ['ARM:observer']],
    ],
    no: ['The SCO seeks a role for Afghanistan.', 'Laos has never sought membership of the bloc.'],
  },
  {
    id: 'interest-in',
    kind: 'interest',
    side: 'subject',
    words: ['interest', 'interested', 'keen'],
    pattern:
      /\b(?:(?:shown|show(?:s|ed)?|expressed|express(?:es)?|voiced|signall?ed|declared|has|have|had)\s+(?:an?\s+)?(?:keen\s+|strong\s+|growing\s+|great\s+)?interest\s+in|(?:is|are|was|were)\s+(?:also\s+|keenly\s+|very\s+)?interested\s+in|(?:is|are|was|were)\s+keen\s+to\s+(?:join|become))\b/gi,
    yes: [
      ['Myanmar is interested in the SCO.', ['MMR:interest']],
      ['Bangladesh, Laos, and Qatar have shown interest in attaining full membership.', ['BGD:membership', 'LAO:membership', 'QAT:membership']],
    ],
    no: ['Qatar has shown no interest in membership.', 'The SCO is interested in Qatar’s gas.'],
  },
  {
    id: 'bid',
    kind: 'membership',
    side: 'both',
    words: ['accession', 'admission', 'membership', 'candidacy', 'application', 'applications', 'bid', 'bids', 'request', 'requests', 'wish', 'desire', 'aspiration', 'aspirations', 'intention', 'intentions'],
    pattern: /\b(?:(?:accession|admission|membership|candidacy|applications?|bids?|requests?|wish|desire|aspirations?)(?:\s+(?:of|for|by|to\s+join|to\s+become))?|intentions?\s+to\s+(?:join|become))\b/gi,
    yes: [
      ['Iran’s accession to the SCO took two years.', ['IRN:membership']],
      ['Serbia announced its intention to become a dialogue partner of the SCO.', ['SRB:dialogue-partner']],
      ['The SCO summit discussed the admission of Laos.', ['LAO:membership']],
    ],
    no: ['Two members of the SCO, India and Pakistan, discussed the membership fee.', 'The bloc turned down a request from traders in Kenya.'],
  },
  {
    id: 'step-toward',
    kind: 'membership',
    side: 'sentence',
    words: ['step', 'steps', 'move', 'path', 'road', 'way'],
    pattern: /\b(?:step|steps|move|path|road|way)\s+(?:toward|towards|to)\s+(?:full\s+)?(?:membership|accession)\b/gi,
    yes: [['Belarus signed the memorandum, the next step toward membership in the SCO.', ['BLR:membership']]],
    no: ['The memorandum Belarus signed is a step toward SCO membership.'],
  },
  {
    id: 'admit',
    kind: 'membership',
    side: 'object',
    words: ['admit', 'admits', 'admitted', 'admitting', 'grant', 'grants', 'granted', 'granting', 'award', 'awards', 'awarded', 'awarding', 'give', 'gives', 'given', 'gave', 'welcome', 'welcomes', 'welcomed', 'welcoming', 'accept', 'accepts', 'accepted', 'accepting', 'approve', 'approves', 'approved', 'approving', 'invite', 'invites', 'invited', 'inviting', 'include', 'clear', 'clears', 'cleared', 'clearing', 'pave', 'paves', 'paved', 'paving', 'open', 'opens', 'opened', 'opening'],
    pattern: new RegExp(
      String.raw`\b${PASSIVE}?(?:admit(?:s|ted|ting)?|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|give(?:s|n)?|gave|welcom(?:e|es|ed|ing)|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|(?:expand(?:s|ed|ing)?|enlarg(?:e|es|ed|ing)|grow(?:s|ing)?|grew)\s+to\s+include|to\s+include|(?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing)|open(?:s|ed|ing)?)\s+the\s+(?:way|door|path|road)\s+(?:for|to))\b`,
      'gi',
    ),
    yes: [
      ['The summit granted Nepal and Cambodia observer status.', ['KHM:observer', 'NPL:observer']],
      ['Laos was granted partner status at the SCO summit.', ['LAO:partner']],
      ['The SCO admitted two observers, Vietnam and Indonesia, last year.', ['IDN:observer', 'VNM:observer']],
      ['Membership in the organization is expanding to include Belarus.', ['BLR:membership']],
    ],
    no: ['The members first welcomed the US withdrawal, and the bloc grew.', 'The summit accepted Egypt’s proposal on trade with its members.'],
  },
  {
    id: 'receive-status',
    kind: 'membership',
    side: 'subject',
    words: ['receive', 'receives', 'received', 'receiving', 'obtain', 'obtains', 'obtained', 'obtaining', 'gain', 'gains', 'gained', 'gaining', 'get', 'gets', 'got', 'getting', 'attain', 'attains', 'attained', 'attaining'],
    // The status must follow the verb: "received observer status", not "received a delegation".
    pattern: /\b(?:receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|gain(?:s|ed|ing)?|get(?:s|ting)?|got|attain(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:full|formal)\s+)?[“"‘']?(?:dialogue[- ]partner|observer|partner|member(?:ship)?)\b[”"’']?(?:\s+status)?/gi,
    yes: [
      ['Nepal hopes to obtain “observer” status in the SCO.', ['NPL:observer']],
      ['Nepal, Oman and Bahrain will receive dialogue partner status at the SCO summit.', ['BHR:dialogue-partner', 'NPL:dialogue-partner', 'OMN:dialogue-partner']],
      ['Mongolia obtained observer status in the SCO in 2004.', ['MNG:observer']],
    ],
    no: ['Nepal received a delegation from the SCO secretariat.', 'Oman will not receive dialogue partner status at the SCO summit.'],
  },
  {
    id: 'status-to',
    kind: 'membership',
    side: 'object',
    words: ['grant', 'grants', 'granted', 'granting', 'give', 'gives', 'given', 'gave', 'giving', 'award', 'awards', 'awarded', 'awarding', 'confer', 'confers', 'conferred', 'conferring', 'extend', 'extends', 'extended', 'extending'],
    // "grant the dialogue partner status to A, B and C", "gave observer status to A": the status comes first, the countries after "to".
    pattern:
      /\b(?:grant(?:s|ed|ing)?|give(?:s|n)?|gave|giving|award(?:s|ed|ing)?|confer(?:s|red|ring)?|extend(?:s|ed|ing)?)\s+(?:the\s+)?(?:status\s+of\s+(?:an?\s+)?)?(?:(?:full|formal)\s+)?(?:dialogue[- ]partner|observer|partner|member(?:ship)?)(?:\s+status)?\s+(?:to|on)\b/gi,
    yes: [
      ['The leaders agreed to grant the dialogue partner status to Nepal, Oman and Bahrain.', ['BHR:dialogue-partner', 'NPL:dialogue-partner', 'OMN:dialogue-partner']],
      ['The SCO gave observer status to Mongolia in 2004.', ['MNG:observer']],
    ],
    no: ['The SCO gave observer status a new meaning for Mongolia.', 'The bloc extended membership talks to next year.'],
  },
  {
    // "requested to upgrade their status from dialogue partners to observer": the status after "to" is what is sought.
    id: 'upgrade-status',
    kind: 'membership',
    side: 'subject',
    words: ['upgrade', 'upgrading', 'upgrades', 'upgraded'],
    pattern: /\b(?:(?:request|ask|want|seek|sought|hop|push|appl|appli|press)\w*\s+(?:to|for)\s+(?:an?\s+)?upgrad(?:e|ing)|upgrad(?:e|es|ed|ing))\b(?=(?:\s+[\w-]+){0,3}?\s+status\b)/gi,
    yes: [
      ['Nepal, Armenia and Oman are pressing to upgrade their SCO status to observer.', ['ARM:observer', 'NPL:observer', 'OMN:observer']],
      ['Cambodia hopes to upgrade its status in the SCO to full membership.', ['KHM:membership']],
    ],
    no: ['Nepal wants to upgrade its roads with SCO loans.', 'The SCO asked Armenia to upgrade its border posts.'],
  },
  {
    // "may elevate Nepal from dialogue partner to observer", "upgraded Mongolia from observer to member".
    id: 'move-up',
    kind: 'membership',
    side: 'object',
    words: ['move', 'moves', 'moved', 'moving', 'upgrade', 'upgrades', 'upgraded', 'upgrading', 'elevate', 'elevates', 'elevated', 'elevating', 'promote', 'promotes', 'promoted', 'promoting'],
    pattern: new RegExp(
      String.raw`\b${PASSIVE}?(?:mov|upgrad|elevat|promot)(?:e|es|ed|ing)\b(?=(?:\s+[^,;.]{1,60}?)?\s+from\s+(?:an?\s+|its\s+|their\s+)?(?:observer|dialogue[- ]partner|partner))`,
      'gi',
    ),
    yes: [
      ['The SCO may elevate Nepal from dialogue partner to observer next year.', ['NPL:observer']],
      ['Mongolia was upgraded from observer to full member of the SCO.', ['MNG:membership']],
    ],
    no: ['The SCO moved its summit from Astana to Baku.', 'Iran moved troops from the observer posts to the border.'],
  },
];

/** The membership predicates, each with the side its countries stand on, checked on load. */
export const CANDIDATE_RULES: readonly CandidateRow[] = CandidateTable.parse(ROWS);
