/** Nouns that name a written document, with the lemma used to match later references to it. */
export const DOCUMENT_NOUNS: Array<{ match: string; lemma: string }> = [
  { match: 'memos?|memorand(?:um|a)', lemma: 'memo' },
  { match: 'documents?|copy|copies', lemma: 'document' },
  { match: 'letters?', lemma: 'letter' },
  { match: 'correspondences?', lemma: 'correspondence' },
  { match: 'reports?', lemma: 'report' },
  { match: 'cables?|telegrams?|dispatch(?:es)?', lemma: 'cable' },
  { match: 'decrees?|directives?|circulars?|orders?', lemma: 'order' },
  { match: 'contracts?|agreements?', lemma: 'contract' },
  { match: 'minutes', lemma: 'minutes' },
  { match: 'notes?', lemma: 'note' },
  { match: 'invoices?|receipts?', lemma: 'invoice' },
  { match: 'e-?mails?', lemma: 'email' },
  { match: 'certificates?|permits?|licen[cs]es?', lemma: 'certificate' },
  { match: 'files?|records?|dossiers?', lemma: 'file' },
];

export const DOCUMENT_NOUN = new RegExp(`\\b(?:${DOCUMENT_NOUNS.map((n) => n.match).join('|')})\\b`, 'gi');

export function lemmaOf(noun: string): string {
  return DOCUMENT_NOUNS.find((n) => new RegExp(`^(?:${n.match})$`, 'i').test(noun))?.lemma ?? 'document';
}

/** Words before a noun that make it a verb: "to invoice", "will report", "did file". */
const VERB_BEFORE = /\b(?:to|will|would|can|could|must|should|may|might|did|does|do|not)\s+$/i;

/** The document nouns of a text (view offsets), leaving out the same words used as verbs. */
export function documentNouns(text: string): Array<{ start: number; end: number; text: string }> {
  return [...text.matchAll(DOCUMENT_NOUN)]
    .filter((m) => !VERB_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** What just before a date makes it the date of a document, wherever the noun is in the sentence. */
export const DATE_CUE = /\b(?:dated|dating from|written on|issued on|signed on|sent on|drafted on)\s+(?:on\s+)?$/i;

/** "the letter of 2 May 2011", "a memo from March 2016": only right after the noun. */
export const NOUN_OF_DATE = /^\s+(?:of|from)\s+(?:on\s+)?$/i;

/** What just before a reference makes it the number of a document. */
export const NUMBER_CUE = /\b(?:numbered|number|no|nos|n°|nr|ref|reference|registered as|carries|carrying|bearing|marked)\.?\s*:?\s*(?:the\s+)?(?:number\s+|no\.?\s*)?$/i;
