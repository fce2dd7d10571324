import PostalMime, { type Address } from 'postal-mime';
import { parseHTML } from 'linkedom';
import { DossierError } from '../errors.js';
import type { El } from './html-meta.js';
import { blockText } from './html-text.js';
import type { Parsed } from './parsed.js';

/** An e-mail: headers (with the Received chain), body text, and its attachments as bytes to ingest in turn. */
export async function parseEml(bytes: Uint8Array, name: string): Promise<Parsed> {
  let mail;
  try {
    mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 50, rfc822Attachments: true });
  } catch (err) {
    throw new DossierError('bad-format', `${name}: not a readable e-mail (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  const body = mail.text?.trim() || (mail.html ? blockText((parseHTML(mail.html) as unknown as { document: El }).document) : '');
  const header = (key: string) => mail.headers.filter((h) => h.key === key).map((h) => h.value);
  const sent = toIso(mail.date);
  const headerBlock = [
    mail.from ? `From: ${addresses([mail.from])}` : '',
    mail.to?.length ? `To: ${addresses(mail.to)}` : '',
    mail.cc?.length ? `Cc: ${addresses(mail.cc)}` : '',
    header('date')[0] ? `Date: ${header('date')[0]}` : '',
    mail.subject ? `Subject: ${mail.subject}` : '',
  ].filter(Boolean);
  const text = [headerBlock.join('\n'), body].filter(Boolean).join('\n\n');
  const attachments = mail.attachments
    .filter((a) => !a.related)
    .map((a) => ({ filename: a.filename, contentType: a.mimeType, bytes: toBytes(a.content) }));
  return {
    doc: {
      text,
      format: 'eml',
      title: mail.subject ?? null,
      published: sent ? sent.slice(0, 10) : null,
      metadata: {
        from: mail.from ? addresses([mail.from]) : null,
        to: (mail.to ?? []).map((a) => addresses([a])),
        cc: (mail.cc ?? []).map((a) => addresses([a])),
        subject: mail.subject ?? null,
        date: header('date')[0] ?? null,
        sent,
        messageId: mail.messageId ?? null,
        inReplyTo: mail.inReplyTo ?? null,
        replyTo: mail.replyTo ? addresses(mail.replyTo) : null,
        returnPath: mail.returnPath ?? null,
        received: header('received').map(receivedHop),
        xMailer: header('x-mailer')[0] ?? header('user-agent')[0] ?? null,
      },
    },
    attachments,
  };
}

/** One Received header: who handed the message to whom, and when (the timestamp after the last semicolon). */
function receivedHop(value: string): { from: string | null; by: string | null; date: string | null; raw: string } {
  const flat = value.replace(/\s+/g, ' ').trim();
  const semi = flat.lastIndexOf(';');
  return {
    from: /\bfrom\s+([^\s;]+)/i.exec(flat)?.[1] ?? null,
    by: /\bby\s+([^\s;]+)/i.exec(flat)?.[1] ?? null,
    date: semi >= 0 ? toIso(flat.slice(semi + 1).trim()) : null,
    raw: flat.slice(0, 300),
  };
}

function addresses(list: Address[]): string {
  return list
    .flatMap((a) => (a.group ? a.group : [a]))
    .map((a) => (a.name ? `${a.name} <${a.address}>` : a.address))
    .join(', ');
}

function toIso(value: string | undefined): string | null {
  const t = value ? Date.parse(value.replace(/\s*\([^)]*\)\s*$/, '')) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}
