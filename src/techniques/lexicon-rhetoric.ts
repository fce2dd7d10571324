import type { Lexicon } from './lexicon.js';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Classes for the rhetorical templates of cues/slots-rhetoric.ts. */
export const RHETORIC_LEXICONS: Record<string, Lexicon> = {
  degree: {
    words: w('utterly deeply truly absolutely completely totally thoroughly profoundly incredibly unbelievably insanely outrageously staggeringly shockingly disgracefully appallingly breathtakingly sickeningly'),
    reason: 'degree adverbs that turn a verdict up to full',
  },
  verdictAdj: {
    words: w('shameful disturbing horrifying disgusting dishonest sickening insulting offensive incompetent reckless irresponsible absurd ridiculous pathetic evil vile cruel outrageous disgraceful appalling contemptible corrupt stupid idiotic despicable repugnant hypocritical'),
    reason: 'verdict adjectives that a degree adverb turns into outrage',
  },
  labelNoun: {
    words: w('alarmists doomsayers doom-mongers fearmongers fear-mongers scaremongers naysayers hate-mongers rabble-rousers troublemakers conspiracists haters apologists bashers ideologues minions acolytes cronies paymasters'),
    reason: 'labels that name people by a stance imputed to them',
  },
  hyperbole: {
    words: w('innumerable gargantuan mind-boggling earth-shattering cataclysmic'),
    reason: 'size words beyond any measure',
  },
  cancer: {
    words: w('cancer plague tumour tumor blight infestation cesspool cesspit sewer gangrene virus poison'),
    reason: 'disease and filth metaphors for a group or an idea',
  },
  body: {
    words: w('society democracy nation body politic civilisation civilization republic'),
    reason: 'the body politic that a disease metaphor says is sick',
  },
  pestVerb: {
    words: w('infest swarm breed crawl plague overrun'),
    reason: 'verbs of vermin used of people',
  },
  scripture: {
    words: w('bible scripture scriptures quran koran gospel constitution founders prophet torah'),
    reason: 'texts and founders whose word is offered as settling a question',
  },
  saviourVerb: {
    words: w('save rescue restore fix protect deliver heal'),
    reason: 'what only one actor is said to be able to do',
  },
  smearVerb: {
    words: w('peddle spew parrot whine bleat rant grovel kowtow pander concoct smear muzzle brainwash indoctrinate slander vilify demonise demonize weaponise weaponize shill'),
    reason: 'verbs that condemn the act they name',
  },
  scorn: {
    words: w('ludicrous farcical laughable bogus idiotic moronic asinine preposterous half-baked harebrained nonsensical woeful shambolic'),
    reason: 'scorn adjectives that dismiss instead of describing',
  },
};
