/** Nouns that name a written document, with the lemma used to match later references to it. */
export const DOCUMENT_NOUNS: Array<{ match: string; lemma: string }> = [
  { match: 'memos?|memorand(?:um|a)', lemma: 'memo' },
  { match: 'documents?', lemma: 'document' },
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

/** What just before a date makes it the date of a document. */
export const DATE_CUE = /\b(?:dated|dating from|written on|issued on|signed on|sent on|drafted on|of|from)\s+(?:on\s+)?$/i;

/** What just before a reference makes it the number of a document. */
export const NUMBER_CUE = /\b(?:numbered|number|no|nos|n°|nr|ref|reference|registered as|carries|carrying|bearing|marked)\.?\s*:?\s*(?:the\s+)?(?:number\s+|no\.?\s*)?$/i;
