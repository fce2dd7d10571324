const POSTS = '(?:chairman|chairwoman|chair|director|managing director|manager|chief executive|ceo|president|member|officer|secretary|treasurer|partner|employee|board member)';
const EMPLOYERS = '(?:company|firm|house|bank|board|ministry|party|post|job|group|agency|office|position|government|service|police|army|newspaper|club|organi[sz]ation|payroll|business)';

/**
 * Pairs of statements about one person that cannot both hold: an end ("left the company in 2018")
 * followed by a state that needs it not to have ended ("on the payroll in 2021").
 */
export const END_THEN_STATE: Array<{ name: string; end: RegExp; state: RegExp; undo: RegExp; reason: string }> = [
  {
    name: 'employment',
    end: new RegExp(
      `\\b(?:(?:left|quit|departed)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+\\s+)?${EMPLOYERS}|resigned(?: from| as)?|was (?:fired|dismissed|sacked|laid off|removed)(?: from| as)?|stepped down(?: from| as)?|retired(?: from| as)?)\\b`,
      'giu',
    ),
    state: new RegExp(
      `\\b(?:on (?:the|its|their|[\\p{L}-]+'s) payroll|was (?:still )?(?:working|employed)|worked (?:for|at)|was (?:still )?paid by|drew a salary|received a salary|was still (?:running|in charge|at the helm|(?:the |a |an )?${POSTS})|still (?:worked|served|sat|held|ran|chaired|signed|lists?|listed)|remained (?:at|with|in (?:the|his|her) post)|(?:signed|signs|sign|acted|appeared|lists?|listed|named) (?:[\\p{L}']+\\s+){0,3}?as ${POSTS})\\b`,
      'giu',
    ),
    undo: /\b(?:rejoined|returned to|was (?:re-?hired|reinstated|re-?appointed)|came back)\b/i,
    reason: 'someone who left a post cannot hold it later unless the text says they came back',
  },
  {
    name: 'dissolution',
    end: /\b(?:was (?:dissolved|liquidated|wound up|struck off|closed down|shut down)|ceased (?:to exist|operations|trading))\b/gi,
    state: /\b(?:signed|paid|hired|received|transferred|opened|issued|filed)\b/gi,
    undo: /\b(?:re-?registered|was revived|re-?opened|restored)\b/i,
    reason: 'a dissolved company cannot sign, pay or receive later',
  },
];

/** The post a statement names ("resigned as director", "signed it as chairman"), to compare end and state. */
export const POST = new RegExp(`\\b${POSTS}\\b`, 'i');

/** Words just before a statement that deny it: "has not worked for Ashbourne since 2018". */
export const NEGATION = /\b(?:not|never|no longer|n't)\s+(?:\p{L}+\s+)?$/iu;

/** Events that happen once in a life: two different dates for one person cannot both hold. */
export const ONCE_IN_A_LIFE: Array<{ name: string; match: RegExp; reason: string }> = [
  { name: 'birth', match: /\b(?:was born|born)\b/gi, reason: 'a person is born once' },
  { name: 'death', match: /\b(?:died|was (?:killed|assassinated|executed|murdered))\b/gi, reason: 'a person dies once' },
];
