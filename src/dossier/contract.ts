/** The dossier JSON contract (schema `dossier/1`). Field names here are a public interface. */
import type { Span } from '../doc/span.js';

export const SCHEMA = 'dossier/1';

export type EntityType = 'person' | 'organization' | 'location' | 'facility' | 'other';

export interface Variant {
  a: string;
  b: string;
  score: number;
  reason: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  variants: Variant[];
}

export type DatePrecision = 'day' | 'month' | 'year' | 'interval' | 'approximate';

export interface DateMention extends Span {
  value: string;
  precision: DatePrecision;
  anchor: 'absolute' | 'publication';
}

export type ReferenceKind = 'document-number' | 'case-number' | 'code' | 'other';

export interface Reference extends Span {
  normalized: string;
  kind: ReferenceKind;
}

export interface Quote extends Span {
  speaker: string | null;
  speakerText: string | null;
}

export type SourceKind = 'named-person' | 'named-organization' | 'anonymous' | 'document' | 'author' | 'unattributed';

export interface ClaimSource {
  kind: SourceKind;
  text: string | null;
  start: number | null;
  end: number | null;
  entity: string | null;
}

export interface Claim extends Span {
  id: string;
  checkworthiness: number;
  source: ClaimSource;
  hedges: string[];
}

export const TECHNIQUE_LABELS = [
  'Appeal_to_Authority',
  'Appeal_to_fear-prejudice',
  'Bandwagon,Reductio_ad_hitlerum',
  'Black-and-White_Fallacy',
  'Causal_Oversimplification',
  'Doubt',
  'Exaggeration,Minimisation',
  'Flag-Waving',
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Repetition',
  'Slogans',
  'Thought-terminating_Cliches',
  'Whataboutism,Straw_Men,Red_Herring',
] as const;
export type TechniqueLabel = (typeof TECHNIQUE_LABELS)[number];

export interface Technique extends Span {
  label: TechniqueLabel;
  confidence: number;
  explanation: string;
}

export type Severity = 'info' | 'warning' | 'critical';

export interface Flag {
  kind: string;
  severity: Severity;
  message: string;
  evidence: Span[];
}

export interface ScreeningHit {
  entity: string;
  list: string;
  entryId: string;
  entryName: string;
  score: number;
  matchedName: string;
  explanation: string;
}

export interface DocumentInfo {
  id: string;
  source: string | null;
  format: string;
  title: string | null;
  language: string | null;
  published: string | null;
  publishedInferred: { notBefore: string; reason: string } | null;
  text: string;
  metadata: Record<string, unknown>;
}

export interface Dossier {
  schema: typeof SCHEMA;
  document: DocumentInfo;
  entities: Entity[];
  dates: DateMention[];
  references: Reference[];
  quotes: Quote[];
  claims: Claim[];
  techniques: Technique[];
  flags: Flag[];
  screening: ScreeningHit[];
  [extra: string]: unknown;
}
