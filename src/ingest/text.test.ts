import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ARABIC_TEXT, FRENCH_TEXT, MEMO_TEXT } from '../../test/fixtures/texts.js';
import { ingestBytes } from './index.js';

describe('plain text in common encodings', () => {
  it.each([
    ['utf-8', Buffer.from(FRENCH_TEXT, 'utf8'), FRENCH_TEXT],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH_TEXT)]), FRENCH_TEXT],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARABIC_TEXT, 'utf16le')]), ARABIC_TEXT],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FRENCH_TEXT, 'utf16be')]), FRENCH_TEXT],
    ['windows-1252', iconv.encode(FRENCH_TEXT, 'windows-1252'), FRENCH_TEXT],
    ['windows-1256', iconv.encode(ARABIC_TEXT, 'windows-1256'), ARABIC_TEXT],
  ])('decodes %s', async (encoding, bytes, text) => {
    const doc = await ingestBytes(bytes, 'note.txt');
    expect(doc.text).toBe(text);
    expect(doc.metadata).toMatchObject({ encoding });
  });

  it.each([
    ['en', MEMO_TEXT],
    ['fr', FRENCH_TEXT],
    ['ar', ARABIC_TEXT],
  ])('detects the language (%s) as ISO 639-1', async (language, text) => {
    expect((await ingestBytes(Buffer.from(text), 'note.txt')).language).toBe(language);
  });

  it('leaves the language unset for a text too short to tell', async () => {
    expect((await ingestBytes(Buffer.from('Meeting at 10.'), 'note.txt')).language).toBeNull();
  });
});
