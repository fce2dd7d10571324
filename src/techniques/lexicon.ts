import { BROAD_LEXICONS } from './lexicon-broad.js';
import { CLASS_LEXICONS } from './lexicon-classes.js';
import { RHETORIC_LEXICONS } from './lexicon-rhetoric.js';

/** Word lists the cue patterns refer to as @name, each with why its words matter. */
export interface Lexicon {
  words: string[];
  reason: string;
}

const w = (s: string) => s.split(/\s+/).filter(Boolean);

export const LEXICONS: Record<string, Lexicon> = {
  demonic: {
    words: w('devilish diabolical satanic demonic heinous despicable monstrous vile odious abhorrent nefarious wicked evil sinister treacherous perfidious loathsome sordid ignoble'),
    reason: 'moral-condemnation adjectives: they judge instead of describing',
  },
  bloody: {
    words: w('bloody bloodthirsty blood-soaked murderous savage barbaric barbarous brutal ruthless'),
    reason: 'violence adjectives; loaded when they brand a whole group or state rather than describe one act',
  },
  group: {
    words: w('organization organisation organizations organisations regime regimes gang gangs band bands clique cliques militia militias group groups machine state dictatorship junta mafia cabal hordes'),
    reason: 'nouns for a collective that a violence adjective can brand',
  },
  scheme: {
    words: w('plot plots scheme schemes conspiracy conspiracies plan plans deal deals agenda project projects designs intrigue intrigues game games'),
    reason: 'nouns for a plan, which a condemnation adjective turns into a villain\u2019s plot',
  },
  agents: {
    words: w('merchants merchant emirs emir lords lord agents agent forces army armies preachers preacher apostles peddlers peddler architects architect messengers princes masters harbingers purveyors sowers sower traders dealers gangs'),
    reason: 'role nouns that become epithets in "X of death" and the like',
  },
  doom: {
    words: w('death terror hate hatred destruction doom darkness evil chaos blood sedition discord corruption lies treason ruin'),
    reason: 'abstract evils that complete an epithet ("merchants of death")',
  },
  stability: {
    words: w('security stability safety existence unity peace integrity sovereignty independence'),
    reason: 'goods whose threat is invoked to frighten',
  },
  nationValue: {
    words: w('sovereignty honour honor dignity pride independence integrity sanctity'),
    reason: 'national values invoked to rally the reader',
  },
  possessive: {
    words: w('its our their his her the this'),
    reason: 'determiners before a national value',
  },
  experts: {
    words: w('experts specialists scientists observers scholars'),
    reason: 'unnamed expert groups whose standing is used in place of evidence',
  },
  expertsSingular: {
    words: w('expert specialist scientist analyst doctor researcher scholar professor'),
    reason: 'an unnamed expert',
  },
  confirm: {
    words: w('confirm confirmed confirms agree agreed agrees unanimously proven proved proves certified attest attested'),
    reason: 'verbs that present an opinion as settled by authority',
  },
  prestige: {
    words: w('renowned eminent distinguished world-renowned world-class top-notch'),
    reason: 'prestige adjectives that vouch for an unnamed authority',
  },
  contempt: {
    words: w('criminal illegitimate puppet murderous corrupt rogue fascist totalitarian tyrannical oppressive repressive despotic occupying usurping treacherous'),
    reason: 'adjectives that brand a government or a group',
  },
  slurs: {
    words: w('thugs traitors traitor puppets stooges stooge lackeys lackey henchmen gangsters crooks warmongers warmonger hypocrites sheeple scum vermin charlatans charlatan quacks hirelings'),
    reason: 'insults used as names for people',
  },
  homeland: {
    words: w('nation homeland motherland fatherland country people fatherland'),
    reason: 'the nation as an object of loyalty',
  },
  glorious: {
    words: w('great glorious beloved proud noble sacred heroic eternal dear'),
    reason: 'praise adjectives for the nation',
  },
  function: {
    words: w('is was are were be been and or but of to in on at by for with from that which who the a an as it its this these those than then'),
    reason: 'function words: a condemnation adjective before one of them is used as a noun ("the problem of evil is")',
  },
  absolute: {
    words: w('absolutely totally completely utterly entirely wholly categorically'),
    reason: 'absolute intensifiers',
  },
  verdict: {
    words: w('false fabricated baseless genuine authentic certain sure untrue groundless unfounded true original proven guaranteed impossible'),
    reason: 'verdict adjectives an absolute intensifier inflates',
  },
  proof: {
    words: w('proof evidence fact facts'),
    reason: 'words for proof that an intensifier turns into certainty',
  },
  undeniable: {
    words: w('irrefutable undeniable incontrovertible indisputable unquestionable definitive conclusive incontestable'),
    reason: 'adjectives that declare proof beyond question',
  },
  outrage: {
    words: w('shameless shamelessly disgraceful outrageous scandalous appalling sickening disgusting obscene grotesque'),
    reason: 'outrage adjectives: indignation in place of description',
  },
  cold: {
    words: w('cold cynical callous heartless cruel ruthless calculating arrogant greedy'),
    reason: 'adjectives of cold malice that are stacked for effect',
  },
  vermin: {
    words: w('mercenaries spies vipers traitors thieves liars criminals crooks thugs hypocrites wolves hyenas jackals rats snakes agents'),
    reason: 'villain nouns that brand a group as a pack',
  },
  promo: {
    words: w('revolutionary game-changing groundbreaking ground-breaking cutting-edge unparalleled unmatched unrivalled unrivaled best-in-class world-beating world-leading state-of-the-art'),
    reason: 'promotional adjectives that praise without measure',
  },
  promoMost: {
    words: w('accurate advanced innovative powerful trusted reliable comprehensive exciting revolutionary sophisticated beautiful effective'),
    reason: 'praise adjectives that a superlative turns into an unverifiable boast',
  },
  figureNoun: {
    words: w('increase increases rise rises jump gain gains drop fall decline growth stake owned subsidiary stakes share shares interest owner ownership'),
    reason: 'nouns after a percentage that make it a figure, not a boast',
  },
  people: {
    words: w('activists activist experts expert journalists journalist scientists scientist defenders defender leaders leader opposition analysts analyst reporters intellectuals democrats liberals patriots patriot reformers reformer victims victim refugees refugee humanitarians philanthropist philanthropists'),
    reason: 'people nouns: a label of pretence on them brands the people themselves',
  },
  beasts: {
    words: w('vultures vulture hyenas jackals parasites leeches rats snakes vermin cockroaches locusts wolves vipers scum animals'),
    reason: 'animals and pests used as names for people',
  },
  ruinous: {
    words: w('disastrous reckless incompetent catastrophic ruinous treacherous failed corrupt criminal insane'),
    reason: 'verdict adjectives for a government and its acts',
  },
  ...BROAD_LEXICONS,
  ...CLASS_LEXICONS,
  ...RHETORIC_LEXICONS,
};
