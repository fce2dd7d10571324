/**
 * Derives the word lists in data/entities/ from two annotated NER corpora (see data/entities/SOURCES.md):
 *   npx tsx src/entities/gazetteers/derive.ts /path/to/ner   (the folder holding gmb_kaggle/ and wikigold/)
 * Deterministic: the same corpora give the same files, sorted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Tag = 'per' | 'org' | 'geo' | 'gpe' | 'O';
interface Tok {
  word: string;
  tag: Tag;
  begin: boolean;
}

const TITLE = /^(mr|mrs|ms|dr|president|prime|minister|king|queen|prince|general|gen|secretary|senator|sen|governor|gov|pope|chancellor|sheikh|ayatollah|foreign|defense|defence|leader|chief|opposition|vice|former|col|lt|sgt|rep|judge|cardinal|bishop|rev|sir|lord|lady|president-elect|premier|commander|spokesman|ambassador|u\.s\.)\.?$/i;

function readGmb(path: string): Tok[][] {
  const lines = readFileSync(path, 'latin1').split(/\r?\n/).slice(1);
  const out: Tok[][] = [];
  for (const line of lines) {
    const m = /^(Sentence: \d+)?,(.*),([^,]*),([^,]*)$/.exec(line);
    if (!m) continue;
    if (m[1]) out.push([]);
    const raw = m[4];
    const type = raw === 'O' ? 'O' : raw.slice(2);
    const tag: Tag = type === 'per' || type === 'org' || type === 'geo' || type === 'gpe' ? type : 'O';
    out[out.length - 1]?.push({ word: m[2].replace(/^"|"$/g, ''), tag, begin: raw.startsWith('B-') });
  }
  out.pop(); // the last sentence is cut off
  return out;
}

function readWikigold(path: string): Tok[][] {
  const map: Record<string, Tag> = { PER: 'per', ORG: 'org', LOC: 'geo' };
  const out: Tok[][] = [[]];
  let prev = 'O';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (out[out.length - 1].length) out.push([]);
      prev = 'O';
      continue;
    }
    const [word, raw] = line.split(' ');
    const type = raw === 'O' ? 'O' : raw.slice(2);
    out[out.length - 1].push({ word, tag: map[type] ?? 'O', begin: raw.startsWith('B-') || type !== prev });
    prev = type;
  }
  return out.filter((s) => s.length);
}

function spans(sentence: Tok[]): Array<{ tag: Tag; words: string[] }> {
  const out: Array<{ tag: Tag; words: string[] }> = [];
  let prev: Tag = 'O';
  for (const t of sentence) {
    if (t.tag !== 'O') {
      if (t.begin || t.tag !== prev) out.push({ tag: t.tag, words: [t.word] });
      else out[out.length - 1].words.push(t.word);
    }
    prev = t.tag;
  }
  return out;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function main(dir: string): void {
  const sentences = [
    ...readGmb(join(dir, 'gmb_kaggle', 'ner_dataset.csv')),
    ...readWikigold(join(dir, 'wikigold', 'wikigold.conll.txt')),
  ];
  const lower = new Map<string, number>();
  const capEntity = new Map<string, number>();
  const byTag = new Map<string, Map<Tag, number>>();
  const firstNames = new Map<string, number>();
  for (const s of sentences) {
    s.forEach((t, i) => {
      if (/^\p{Ll}+$/u.test(t.word)) bump(lower, t.word);
      else if (i > 0 && t.tag !== 'O' && /^\p{Lu}/u.test(t.word)) bump(capEntity, t.word.toLowerCase());
    });
    for (const sp of spans(s)) {
      let words = sp.words;
      if (sp.tag === 'per') {
        while (words.length > 1 && TITLE.test(words[0])) words = words.slice(1);
        if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0])) bump(firstNames, words[0]);
      }
      const key = words.join(' ').replace(/ - /g, '-');
      if (!byTag.has(key)) byTag.set(key, new Map());
      bump(byTag.get(key) as Map<Tag, number>, sp.tag);
    }
  }
  const common = [...lower]
    .filter(([w, n]) => n >= 3 && 2 * n >= (capEntity.get(w) ?? 0))
    .map(([w]) => w);
  const pick = (tag: Tag, min: number): string[] =>
    [...byTag]
      .filter(([name, tags]) => {
        const total = [...tags.values()].reduce((a, b) => a + b, 0);
        const n = tags.get(tag) ?? 0;
        return n >= min && n >= 0.7 * total && /^\p{Lu}/u.test(name) && !TITLE.test(name) && name.length > 1;
      })
      .map(([name]) => name);
  const write = (file: string, words: string[]): void => {
    writeFileSync(join('data', 'entities', file), [...new Set(words)].sort().join('\n') + '\n');
    console.log(file, new Set(words).size);
  };
  write('common-words.txt', common);
  write('first-names.txt', [...firstNames].filter(([, n]) => n >= 2).map(([w]) => w));
  write('places-corpus.txt', pick('geo', 2));
  write('organizations-corpus.txt', pick('org', 3));
  write('demonyms-corpus.txt', pick('gpe', 3).filter((w) => !w.includes(' ')));
}

const dir = process.argv[2];
if (dir) main(dir);
else {
  console.error('usage: npx tsx src/entities/gazetteers/derive.ts DIR  (DIR holds gmb_kaggle/ner_dataset.csv and wikigold/wikigold.conll.txt)');
  process.exitCode = 2;
}
