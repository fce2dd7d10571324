/**
 * Normalises a PDF date ("D:20140302100000+01'00'") or an XMP date ("2014-03-02T10:00:00+01:00")
 * to an ISO timestamp in UTC, or null when it cannot be read.
 */
export function pdfDateToIso(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{2}'?|[+-]\d{2})?/.exec(v);
  if (m && !/^\d{4}-/.test(v)) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
    let offset = 0;
    if (tz && tz !== 'Z') {
      const t = /([+-])(\d{2})'?(\d{2})?/.exec(tz)!;
      offset = (t[1] === '-' ? -1 : 1) * (Number(t[2]) * 60 + Number(t[3] ?? 0));
    }
    const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offset * 60000;
    return valid(ms, +y) ? new Date(ms).toISOString() : null;
  }
  const ms = Date.parse(v);
  return valid(ms, Number(v.slice(0, 4))) ? new Date(ms).toISOString() : null;
}

function valid(ms: number, year: number): boolean {
  return !Number.isNaN(ms) && year >= 1970 && year <= 2100;
}
