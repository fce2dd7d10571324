/** How gold and predicted surface forms are compared: quotes straightened, spaces collapsed, case folded, no leading "the". */
export function normForm(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB"]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}

/** A reference number compared without spacing or case. */
export function normReference(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

export function ratio(num: number, den: number): number {
  return den === 0 ? NaN : num / den;
}

export function f1(p: number, r: number): number {
  return Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? (p === 0 || r === 0 ? 0 : NaN) : (2 * p * r) / (p + r);
}
