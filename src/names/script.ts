/**
 * Letters of other scripts written in Latin, so that "Горбачёв" or "عبد المالك" can be compared with
 * a Latin spelling. Arabic and Persian script leave short vowels out, so their tokens are marked and
 * compared by consonant skeleton (see fold.ts).
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
  ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz',
};

// Consonants by their usual English transliteration; long vowels alif/waw/ya as a/u/i.
const ARABIC: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i', 'ب': 'b', 'ت': 't', 'ث': 'th',
  'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's',
  'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm',
  'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'u', 'ي': 'i', 'ى': 'a', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g',
  'ک': 'k', 'ی': 'i', 'ۀ': 'e', 'ڤ': 'v', 'ٱ': 'a',
};

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const ARABIC_RANGE = /[\u0600-\u06ff]/;

export interface Transliterated {
  text: string;
  abjad: boolean;
}

/** Latin form of a (lower-cased) string; characters outside the tables pass through. */
export function transliterate(lower: string): Transliterated {
  const abjad = ARABIC_RANGE.test(lower);
  let out = '';
  for (const ch of lower) {
    out += CYRILLIC[ch] ?? ARABIC[ch] ?? GREEK[ch] ?? (/[\u064b-\u065f\u0670\u0640]/.test(ch) ? '' : ch);
  }
  // Arabic script has no spaces after the article: "المالك" is al + malik.
  if (abjad) out = out.replace(/(^|\s)al(?=\S{3,})/g, '$1al ');
  return { text: out, abjad };
}
