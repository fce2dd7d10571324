/** Word lists with the reason each is treated specially. Entries are lower-case, accent-free. */

export interface WordRule {
  words: string[];
  reason: string;
}

/** Dropped before comparison: they describe a role, not who the person is. */
export const TITLES: WordRule[] = [
  { words: ['mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'herr', 'frau', 'sir', 'dame', 'lord', 'lady'], reason: 'courtesy titles' },
  { words: ['dr', 'doctor', 'prof', 'professor', 'eng', 'engineer', 'ing'], reason: 'academic and professional titles' },
  { words: ['sheikh', 'shaikh', 'shaykh', 'sheik', 'cheikh', 'chaikh', 'sheykh'], reason: 'Arabic honorific for an elder or scholar' },
  { words: ['hajji', 'haji', 'hajj', 'hadj', 'hadji', 'alhaji', 'alhaj'], reason: 'honorific for one who made the pilgrimage' },
  { words: ['mullah', 'mulla', 'maulana', 'mawlana', 'maulvi', 'mawlawi', 'mawlavi', 'imam', 'ayatollah', 'hojatoleslam', 'mufti'], reason: 'religious titles' },
  { words: ['gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'brig', 'brigadier', 'admiral', 'adm', 'commander', 'cmdr'], reason: 'military ranks' },
  { words: ['president', 'minister', 'senator', 'sen', 'rep', 'gov', 'governor', 'ambassador', 'judge'], reason: 'offices held' },
  { words: ['jr', 'sr', 'ii', 'iii'], reason: 'generation suffixes are too often left out to count' },
];

/** Dropped from organisation names: the same company is written with or without its legal form. */
export const LEGAL_FORMS: WordRule[] = [
  { words: ['ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'pllc'], reason: 'English legal forms' },
  { words: ['bv', 'nv', 'vof'], reason: 'Dutch legal forms (B.V., N.V.)' },
  { words: ['ag', 'aktiengesellschaft', 'gmbh', 'kg', 'ohg', 'ug', 'gesellschaft', 'mbh'], reason: 'German legal forms' },
  { words: ['sa', 'sarl', 'sas', 'sasu', 'eurl', 'sca', 'snc'], reason: 'French legal forms' },
  { words: ['spa', 'srl', 'sl', 'sau', 'slu', 'ltda', 'sapi', 'cv', 'de'], reason: 'Italian, Spanish and Latin American legal forms' },
  { words: ['ooo', 'oao', 'zao', 'pao', 'ao', 'tov', 'pjsc', 'ojsc', 'cjsc', 'jsc'], reason: 'Russian and Ukrainian legal forms' },
  { words: ['as', 'asa', 'ab', 'oy', 'oyj', 'aps', 'a/s'], reason: 'Nordic legal forms' },
  { words: ['pte', 'pvt', 'sdn', 'bhd', 'tbk', 'pt', 'kk', 'fze', 'fzco', 'fzc', 'wll', 'est'], reason: 'Asian and Gulf legal forms' },
];

/**
 * Connecting words inside names: they carry little identity, so they weigh less, and they are often
 * written joined to the next word ("Bel Mokhtar" / "Belmokhtar").
 */
export const PARTICLES: WordRule[] = [
  { words: ['al', 'el', 'ul', 'ol', 'il'], reason: 'Arabic definite article' },
  { words: ['bin', 'ben', 'ibn', 'bint', 'bent', 'ould', 'wuld', 'walad', 'bn'], reason: 'Arabic son of / daughter of' },
  { words: ['abu', 'abou', 'bou', 'abo', 'umm', 'um', 'oum'], reason: 'Arabic father of / mother of (kunya)' },
  { words: ['bel', 'ait', 'ag', 'ou'], reason: 'Maghrebi and Berber particles' },
  { words: ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'dos', 'das', 'do', 'y', 'e', 'zu', 'ter', 'ten', 'mac', 'o'], reason: 'European nobiliary and family particles' },
  { words: ['ogly', 'oglu', 'kyzy', 'gizi', 'uulu'], reason: 'Turkic patronymic markers' },
];

/** Linking words of organisation names; they weigh little in any name. */
export const CONNECTORS: WordRule[] = [
  { words: ['the', 'of', 'in', 'and', 'for', 'on', 'at', 'to', 'a'], reason: 'English articles and prepositions' },
  { words: ['et', 'des', 'les', 'pour', 'und', 'fur', 'der', 'die', 'das', 'del', 'y', 'de', 'la', 'le', 'du'], reason: 'French, German and Spanish articles and prepositions' },
];

export const CONNECTOR_SET = new Set(CONNECTORS.flatMap((r) => r.words));

/** The Arabic article assimilated to a sun letter ("ad-Din", "ash-Shami"); a particle only before a hyphen. */
export const SUN_ARTICLES = new Set(['ad', 'ed', 'ud', 'ar', 'er', 'ur', 'as', 'es', 'us', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'an', 'en', 'un', 'adh', 'ath', 'ats']);

/** Words that start a kunya or a nasab: different names after them mean different people. */
export const RELATION_WORDS = new Set(['abu', 'abou', 'bou', 'abo', 'umm', 'um', 'oum', 'bin', 'ben', 'ibn', 'bint', 'ould']);

/**
 * Family names that come first in Korean and Chinese names, whose given name is one or two syllables:
 * "Kim Hyok Chol" has the given name Hyok-chol, so "Kim Chol" is another name.
 */
export const SYLLABLE_NAME_FAMILIES: WordRule[] = [
  { words: ['kim', 'ri', 'yi', 'pak', 'park', 'choe', 'choi', 'jong', 'jung', 'chong', 'kang', 'cho', 'jo', 'yun', 'yoon', 'jang', 'rim', 'lim', 'han', 'o', 'oh', 'so', 'seo', 'sin', 'shin', 'kwon', 'hwang', 'an', 'ahn', 'ryu', 'hong', 'jon', 'jeon', 'chon', 'ko', 'mun', 'moon', 'son', 'pae', 'bae', 'paek', 'baek', 'nam', 'sim', 'ro', 'roh', 'kwak', 'ju', 'ryang', 'hyon', 'hyun', 'thae', 'tae'], reason: 'frequent Korean family names in both romanisations' },
  { words: ['wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'xu', 'sun', 'zhu', 'guo', 'luo', 'zheng', 'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'wei', 'ding', 'shen', 'qian', 'xiong', 'qiu', 'hou', 'hsu', 'hsieh', 'chou', 'chao', 'tsai', 'tseng', 'chiang', 'hsiao', 'kuo', 'kao'], reason: 'frequent Chinese family names in pinyin and Wade-Giles' },
];

function toSet(rules: WordRule[]): Set<string> {
  return new Set(rules.flatMap((r) => r.words));
}

export const TITLE_SET = toSet(TITLES);
export const LEGAL_SET = toSet(LEGAL_FORMS);
export const PARTICLE_SET = toSet(PARTICLES);
export const SYLLABLE_FAMILY_SET = toSet(SYLLABLE_NAME_FAMILIES);

/** One canonical spelling for particles written several ways. */
export const PARTICLE_CANON: Record<string, string> = {
  abou: 'abu', bou: 'abu', abo: 'abu', ben: 'bin', ibn: 'bin', bn: 'bin', el: 'al', ul: 'al', ol: 'al', il: 'al',
  oum: 'umm', um: 'umm', bent: 'bint', wuld: 'ould', walad: 'ould',
};
