import { fold } from '../names/fold.js';

/**
 * Names so frequent that two of them together still fit thousands of people: a hit made only of
 * these needs a near-exact match. Spelling variants meet through the transliteration fold.
 */
const COMMON_NAMES: Array<{ words: string[]; reason: string }> = [
  { words: ['mohammed', 'ahmed', 'ali', 'hassan', 'hussein', 'abdullah', 'abdallah', 'omar', 'ibrahim', 'mahmoud', 'khaled', 'youssef', 'mustafa', 'said', 'salah', 'karim', 'abdul', 'rahman', 'aziz', 'hamid', 'malik', 'khan'], reason: 'most frequent Arabic and Muslim given names and name elements' },
  { words: ['john', 'james', 'david', 'michael', 'robert', 'william', 'mary', 'maria', 'anna', 'peter', 'paul', 'thomas', 'smith', 'johnson', 'brown', 'jones', 'williams', 'miller'], reason: 'most frequent English given names and surnames' },
  { words: ['jose', 'juan', 'carlos', 'luis', 'garcia', 'rodriguez', 'martinez', 'lopez', 'gonzalez', 'hernandez', 'perez', 'sanchez', 'silva', 'santos'], reason: 'most frequent Spanish and Portuguese names' },
  { words: ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'kim', 'lee', 'park', 'choi', 'nguyen', 'tran', 'le'], reason: 'most frequent Chinese, Korean and Vietnamese family names' },
  { words: ['kumar', 'singh', 'sharma', 'patel', 'shah', 'das', 'devi', 'ram'], reason: 'most frequent South Asian name elements' },
  { words: ['ivanov', 'smirnov', 'kuznetsov', 'popov', 'petrov', 'sergei', 'alexander', 'vladimir', 'andrei', 'dmitry', 'ivan'], reason: 'most frequent Russian names' },
  { words: ['muller', 'schmidt', 'schneider', 'martin', 'bernard', 'dubois', 'rossi', 'russo', 'yilmaz', 'kaya', 'demir'], reason: 'most frequent German, French, Italian and Turkish surnames' },
];

const KEYS = new Set(COMMON_NAMES.flatMap((r) => r.words.map(fold)));

export function isCommonToken(key: string): boolean {
  return KEYS.has(key);
}
