import { DossierError } from '../errors.js';
import { runTool } from './tool.js';

/** Languages OCR reads at once when their models are installed. */
const WANTED = ['eng', 'fra', 'ara'];
export const OCR_TIMEOUT_MS = 120_000;

let installed: Promise<string[]> | null = null;

/** The wanted languages tesseract has models for (none when tesseract is missing). */
export function ocrLanguages(): Promise<string[]> {
  installed ??= runTool('tesseract', ['--list-langs'], { timeoutMs: 10_000, purpose: 'OCR' })
    .then((out) => {
      const have = new Set(out.toString().split('\n').map((l) => l.trim()));
      return WANTED.filter((l) => have.has(l));
    })
    .catch((err: unknown) => {
      installed = null;
      throw err;
    });
  return installed;
}

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..100. */
  confidence: number | null;
  words: number;
  languages: string[];
}

/** Reads the text of an image with tesseract, keeping its line and paragraph breaks. */
export async function ocrImage(image: Uint8Array, name: string): Promise<OcrResult> {
  const languages = await ocrLanguages().catch((err: unknown) => {
    throw err instanceof DossierError ? new DossierError(err.code, err.message.replace(/^OCR: /, `${name}: `)) : err;
  });
  if (!languages.length) throw new DossierError('missing-tool', `${name}: tesseract has none of the language models ${WANTED.join(', ')}`);
  const tsv = await runTool('tesseract', ['stdin', 'stdout', '-l', languages.join('+'), '--psm', '3', 'tsv'], {
    input: image,
    timeoutMs: OCR_TIMEOUT_MS,
    maxOutput: 64 * 1024 * 1024,
    purpose: name,
  });
  return { ...readTsv(tsv.toString('utf8')), languages };
}

/** Rebuilds text from tesseract's TSV rows (level 5 is a word; block, paragraph and line number place it). */
export function readTsv(tsv: string): { text: string; confidence: number | null; words: number } {
  const lines: string[] = [];
  let key = '';
  let para = '';
  let current: string[] = [];
  let confSum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const word = cols[11].trim();
    const conf = Number(cols[10]);
    if (!word || conf < 0) continue;
    const lineKey = `${cols[2]}.${cols[3]}.${cols[4]}`;
    const paraKey = `${cols[2]}.${cols[3]}`;
    if (lineKey !== key) {
      if (current.length) lines.push(current.join(' '));
      if (para && paraKey !== para) lines.push('');
      current = [];
      key = lineKey;
      para = paraKey;
    }
    current.push(word);
    confSum += conf;
    words++;
  }
  if (current.length) lines.push(current.join(' '));
  return { text: lines.join('\n'), confidence: words ? Math.round((confSum / words) * 10) / 10 : null, words };
}
