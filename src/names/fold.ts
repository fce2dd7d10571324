/**
 * Spelling folds: each rule rewrites one spelling habit to a shared form so that transliterations of
 * the same sound meet. The folded key is compared by distance, never trusted alone.
 */
export interface FoldRule {
  from: RegExp;
  to: string;
  reason: string;
}

export const FOLDS: FoldRule[] = [
  { from: /^x/, to: 's', reason: 'pinyin x at the start of a syllable is Wade-Giles hs (Xiaoping/Hsiao-ping)' },
  { from: /x/g, to: 'ks', reason: 'x and ks are the same sound (Aleksandr/Alexander)' },
  { from: /(?<=[eo]|la)j$/, to: 'i', reason: 'German and Slavic -j ending for -y (Nikolaj/Nikolai, Sergej/Sergei); not Arabic -aj (Haj)' },
  { from: /ou(?=[aei])/g, to: 'w', reason: 'French ou before a vowel for w (Jouadi/Jawadi, Ouadoud/Wadud)' },
  { from: /^abd(?:el|al|ul|oul|ol|il|u|ou)(?=[a-z]{3})/, to: 'abd', reason: 'Abdel/Abdul/Abd al- prefix written joined' },
  { from: /^abd(?:el|al|ul|oul|ol|il|ou|u)$/, to: 'abd', reason: 'Abdel/Abdul/Abdoul are Abd followed by the article' },
  { from: /^(?:abou|abo)(?=[a-z]{3})/, to: 'abu', reason: 'Abou/Abu written joined to the name' },
  { from: /ine$/, to: 'in', reason: 'French -ine for Russian -in (Voronine)' },
  { from: /tsch|tch|dzh|dj|zh|sch|sh|ch|j/g, to: 'j', reason: 'German tsch, French tch/ch, English ch/sh, Wade-Giles ch and pinyin zh/j for hush sounds' },
  { from: /kh|gh|q|ck|c(?=[aou])|g/g, to: 'k', reason: 'Arabic kh/q/gh, Persian gh/q and Q/K/G spellings (Qaddafi/Kadhafi/Gaddafi)' },
  { from: /c/g, to: 's', reason: 'soft c' },
  { from: /dh/g, to: 'd', reason: 'Arabic dh written d' },
  { from: /th/g, to: 't', reason: 'th written t' },
  { from: /ph/g, to: 'f', reason: 'ph written f' },
  { from: /(?:ov|ow|off|of)$/g, to: 'of', reason: 'Russian -ov as -ow (German) or -off (French)' },
  { from: /(?:ev|ew|eff|ef)$/g, to: 'ef', reason: 'Russian -ev as -ew or -eff' },
  { from: /[vw]/g, to: 'f', reason: 'v/w/f interchange across German, English and Arabic spellings' },
  { from: /ts|tz|dz/g, to: 'z', reason: 'Wade-Giles ts and German tz for z' },
  { from: /hs/g, to: 's', reason: 'Wade-Giles hs for pinyin x' },
  { from: /p/g, to: 'b', reason: 'Wade-Giles p for pinyin b; Arabic has no p' },
  { from: /t/g, to: 'd', reason: 'Wade-Giles t for pinyin d' },
  { from: /ou|oo|o|w/g, to: 'u', reason: 'French ou, English oo and o/u for the same vowel (Youssef/Yusuf, Mohammed/Muhammad)' },
  { from: /ee|ei|ie|ey|ay|ai|y|e/g, to: 'i', reason: 'i-like vowels and diphthongs (Rezaei/Rezaee, Hussein/Husayn)' },
  { from: /(.)\1+/g, to: '$1', reason: 'doubled letters are often single (Hossein/Hosein)' },
  { from: /(?<=.)h(?=[^aeiou]|$)/g, to: '', reason: 'silent h after a vowel (Allah/Alla, Shah/Sha)' },
];

const MEMO_LIMIT = 500_000;
const memo = new Map<string, { key: string; skel: string }>();

/** The folded key and consonant skeleton of one word (memoised: lists repeat the same words). */
export function foldWord(word: string): { key: string; skel: string } {
  let f = memo.get(word);
  if (f === undefined) {
    let key = word;
    for (const r of FOLDS) key = key.replace(r.from, r.to);
    f = { key, skel: skeleton(key) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, f);
  }
  return f;
}

/** Frees the memo (after building a large index). */
export function clearFoldMemo(): void {
  memo.clear();
  joined.clear();
}

/** The folded key of one word. */
export function fold(word: string): string {
  return foldWord(word).key;
}

const joined = new Map<string, string>();

/** The folded key of words joined together (a smaller memo of its own). */
export function foldOnce(text: string): string {
  let s = joined.get(text);
  if (s === undefined) {
    s = text;
    for (const r of FOLDS) s = s.replace(r.from, r.to);
    if (joined.size >= 50_000) joined.clear();
    joined.set(text, s);
  }
  return s;
}

/** Consonants only: Arabic and Persian script leave short vowels out. */
export function skeleton(folded: string): string {
  return folded.replace(/[aeiouy]/g, '');
}
