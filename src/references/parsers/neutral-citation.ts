import type { ReferenceParser } from '../parser.js';

/**
 * Court abbreviations of neutral citations in the common-law style: the year in brackets, the court,
 * the judgment's number and, in England, the division ("[2019] EWHC 2231 (Comm)").
 */
const COURTS = [
  'UKSC', 'UKPC', 'UKHL', 'EWCA Civ', 'EWCA Crim', 'EWHC', 'EWFC', 'EWCOP', 'UKUT', 'UKFTT', 'UKEAT', 'CSIH', 'CSOH', 'NICA', 'NIQB',
  'IESC', 'IECA', 'IEHC', 'SGCA', 'SGHC', 'HKCFA', 'HKCA', 'HKCFI', 'NZSC', 'NZCA', 'NZHC', 'HCA', 'FCA', 'FCAFC', 'NSWSC', 'NSWCA',
  'VSC', 'ZACC', 'ZASCA', 'ZAGPJHC', 'SCC', 'ONCA', 'BCCA', 'QCCA', 'KESC', 'KECA', 'NGSC', 'JMCA', 'TTCA', 'BVIHC', 'CICA', 'JRC', 'GRC',
].map((c) => c.replace(' ', '\\s+'));

export const neutralCitationParser: ReferenceParser = {
  name: 'neutral-citation',
  pattern: new RegExp(`\\[(?:19|20)\\d\\d\\]\\s+(?:${COURTS.join('|')})\\s+\\d{1,5}(?:\\s+\\((?:Ch|Comm|QB|KB|Admin|Fam|TCC|Pat|IPEC|Costs|Civ|Crim)\\))?(?![\\w])`, 'g'),
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'case-number', parser: 'neutral-citation' };
  },
  reason: 'a judgment cited by year, court and number',
};
