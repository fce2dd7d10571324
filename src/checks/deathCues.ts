/** Words that report a death, each with where the person who died is named. */
export const DEATH_CUES: Array<{ match: RegExp; person: 'before' | 'after'; reason: string }> = [
  { match: /\b(?:was|were|had been|has been|got|is)\s+(?:killed|assassinated|executed|murdered|slain|shot dead|beheaded|hanged|hanged to death|stabbed to death)\b/gi, person: 'before', reason: 'killed, in the passive: the person named before it died' },
  { match: /\b(?:died|dies|passed away|perished|was found dead|lost (?:his|her) life)\b/gi, person: 'before', reason: 'died: the person named before it' },
  { match: /\b(?:the|his|her)\s+(?:death|killing|assassination|murder|execution)\s+of\b/gi, person: 'after', reason: 'the death of: the person named after it' },
];

/** Verbs of acting alive: meeting, attending, signing, speaking. */
export const ACT_VERBS = {
  match: /^[^.;]{0,60}?\b(?:met|meets|meeting with|attended|attends|signed|signs|spoke|speaks|said|says|told|chaired|chairs|visited|visits|travell?ed|gave|gives|announced|announces|called|wrote|writes|sent|appeared|appears|addressed|negotiated|hosted|received|led|took part|joined|flew|arrived|phoned|emailed|e-mailed)\b/i,
  reason: 'a verb of acting, with the person as its subject',
};

/** A clause that reports the death itself, or an act before it, is no act after death. */
export const NOT_AN_ACT = /\b(?:before (?:his|her) death|posthumous(?:ly)?|in memory of|funeral|buried|mourn|tribute|anniversary of (?:his|her) death|had (?:met|attended|signed|spoken|said))\b/i;

/** Words before a name that make the act someone else's: "a statement attributed to X said". */
export const ACTED_FOR = /\b(?:attributed to|in the name of|on behalf of|quoting|according to|signed by|written by|sent by|by|of|from|to|with)\s+(?:the\s+late\s+)?$/i;
