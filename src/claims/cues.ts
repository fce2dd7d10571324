/** Check-worthiness cues as data: what makes a sentence worth checking, and what makes it not. */
export interface WordCue {
  words: string[];
  weight: number;
  reason: string;
}

const w = (s: string) => s.split(/[\s,]+/).filter(Boolean);

export const ACTION_VERBS: WordCue = {
  words: w(`killed kill kills arrested arrest detained seized paid pay pays signed sign met meet meets attacked attack launched
    appointed escaped transferred sold bought bribed funded financed supplied smuggled shipped built opened closed fired resigned
    dismissed sentenced convicted charged acquitted fined raided bombed kidnapped abducted released died dies dead wounded injured
    invaded captured won lost voted approved awarded granted rejected banned sued filed leaked published recruited trained armed
    deployed withdrew withdrawn executed murdered carried carry implement implemented provide provided providing facilitate
    transfer transferred received receive receives owned owns founded registered invested borrowed lent spent raised cut rose fell
    increased decreased hired held hold holds led leads agreed signed joined left moved visited`),
  weight: 0.15,
  reason: 'verbs of events and transactions: they state something that happened and can be checked',
};

export const ACCUSATION_VERBS: WordCue = {
  words: w(`accused accuses accuse colluded collusion conspired bribed embezzled laundered laundering smuggled defrauded fraud
    rigged falsified forged covered cover-up concealed hid extorted extort blackmailed embezzlement corruption complicit
    implicated implication involvement involved sponsored sponsor financed orchestrated masterminded plotted plot terrorist
    terrorists violated breached misled lied stole stolen looted tortured`),
  weight: 0.2,
  reason: 'accusations: they are what a verifier must check first',
};

export const DOCUMENT_WORDS: WordCue = {
  words: w(`document documents memo memorandum report letter correspondence cable minutes records contract filing indictment
    invoice audit transcript dossier leaked leak number numbered dated signed`),
  weight: 0.1,
  reason: 'statements about documents: what a document says or carries can be checked against it',
};

export const CAUSAL_WORDS: WordCue = {
  words: w('because caused causing led resulted due consequence therefore thus'),
  weight: 0.1,
  reason: 'causal links: a claimed cause is a checkable assertion',
};

export const OPINION_WORDS: WordCue = {
  words: w(`think believe feel hope wish should must ought unfortunately fortunately hopefully opinion view perhaps maybe
    regrettably sadly shameful disgraceful wonderful terrible deserve deserves`),
  weight: -0.2,
  reason: 'opinion and judgement: a view, not a checkable fact',
};

export const MONTHS = new Set(
  w('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'),
);

/** Lines that are site furniture, not content. */
export const BOILERPLATE = /\b(?:copyright|all rights reserved|subscribe|newsletter|click here|follow us|read more|sign up|cookies?|privacy policy|terms of use|share this|advertisement)\b|\u00A9/i;
