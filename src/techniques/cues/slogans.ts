import type { TechniqueCue } from '../matcher.js';

const S = 'Slogans' as const;
const T = 'Thought-terminating_Cliches' as const;

export const SLOGANS: TechniqueCue[] = [
  { pattern: 'wake up , people|sheeple|america|everyone|world|citizens', label: S, confidence: 0.75, reason: '"{text}": a rallying call in place of argument' },
  { pattern: 'make _ great again', label: S, confidence: 0.8, reason: '"{text}": a campaign slogan' },
  { pattern: 'no justice no peace', label: S, confidence: 0.8, reason: '"{text}": a chant' },
  { pattern: 'death to the? _', label: S, confidence: 0.5, reason: '"{text}": a chant against an enemy', notAfter: ['to', 'of', 'from', 'sentenced', 'beaten', 'stabbed', 'starved', 'bled', 'froze', 'burned', 'put', 'close', 'near'] },
  { pattern: 'down with the? _', label: S, confidence: 0.5, reason: '"{text}": a chant against an enemy', notAfter: ['come', 'came', 'comes', 'coming', 'went', 'go', 'going', 'sat', 'sit', 'sits', 'settle', 'settled', 'bring', 'brought', 'cut', 'go'] },
  { pattern: 'long live the? _', label: S, confidence: 0.6, reason: '"{text}": a rallying cry' },
  { pattern: 'take back control', label: S, confidence: 0.65, reason: '"{text}": a campaign slogan' },
  { pattern: 'take back our country', label: S, confidence: 0.65, reason: '"{text}": a campaign slogan' },
  { pattern: 'is|are not for sale', label: S, confidence: 0.6, reason: '"{text}": a rallying line', atEnd: true },
  { pattern: 'will|shall never|not kneel|surrender|bow|bend|yield|submit', label: S, confidence: 0.6, reason: '"{text}": a rallying line', atEnd: true },
];

export const CLICHES: TechniqueCue[] = [
  { pattern: 'it|it\'s is? what it is', label: T, confidence: 0.75, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'enough is enough', label: T, confidence: 0.7, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'end of story|discussion', label: T, confidence: 0.7, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'case closed', label: T, confidence: 0.6, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'that\'s|that is? just? the way it|things is|are', label: T, confidence: 0.7, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'everything happens for a reason', label: T, confidence: 0.7, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'nothing to see here', label: T, confidence: 0.7, reason: '"{text}": waves the question away' },
  { pattern: 'say no more', label: T, confidence: 0.6, reason: '"{text}": waves the question away' },
  { pattern: 'boys will be boys', label: T, confidence: 0.75, reason: '"{text}": excuses instead of explaining' },
  { pattern: 'pure|plain and simple', label: T, confidence: 0.6, reason: '"{text}": declares the matter settled' },
  { pattern: 'the rest is history', label: T, confidence: 0.45, reason: '"{text}": skips the account' },
];
