import type { TechniqueLabel } from '../dossier/contract.js';

/** A cue that reads the characters themselves (quotation marks, hashtags), not only the words. */
export interface SurfaceCue {
  name: string;
  source: string;
  label: TechniqueLabel;
  confidence: number;
  reason: string;
}

export const SURFACE_CUES: SurfaceCue[] = [
  {
    name: 'scareQuotes',
    source: `\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hese|[Ss]o-called)\\s+"\\s?\\p{Ll}[\\p{L}-]*(?:\\s\\p{Ll}[\\p{L}-]*)?\\s?"`,
    label: 'Doubt',
    confidence: 0.55,
    reason: '"{text}": scare quotes cast doubt on the word they hold',
  },
  {
    name: 'hashtag',
    source: `#\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*){1,6}\\b`,
    label: 'Slogans',
    confidence: 0.6,
    reason: '"{text}": a campaign hashtag',
  },
  {
    name: 'compoundInsult',
    source: `\\b\\p{L}+-(?:eaters|huggers|lickers|suckers|grabbers|mongers|worshippers|botherers|fanatics|zealots|warriors|nazis|loons|nutters|trolls)\\b`,
    label: 'Name_Calling,Labeling',
    confidence: 0.6,
    reason: '"{text}": a compound insult that names people by a vice',
  },
  {
    name: 'shouting',
    source: `\\b\\p{Lu}{4,}(?:\\s+\\p{Lu}{2,}){0,3}!+`,
    label: 'Loaded_Language',
    confidence: 0.5,
    reason: '"{text}": shouted in capitals',
  },
];

/** All surface cues as one alternation, so the text is read once. */
const COMBINED = new RegExp(SURFACE_CUES.map((c) => `(?<${c.name}>${c.source})`).join('|'), 'gu');

export interface SurfaceHit {
  cue: SurfaceCue;
  start: number;
  end: number;
}

/** Every surface cue in a clean-view text, in one pass. */
export function surfaceHits(text: string): SurfaceHit[] {
  const out: SurfaceHit[] = [];
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m; m = COMBINED.exec(text)) {
    const cue = SURFACE_CUES.find((c) => m!.groups?.[c.name] !== undefined);
    if (cue) out.push({ cue, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) COMBINED.lastIndex++;
  }
  return out;
}
