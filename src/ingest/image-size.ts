/** Width and height from an image header, without decoding it (null when the header is not understood). */
export function imageSize(bytes: Uint8Array, kind: string): { width: number; height: number } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'png') return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    if (kind === 'gif') return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) };
    if (kind === 'bmp') return { width: Math.abs(buf.readInt32LE(18)), height: Math.abs(buf.readInt32LE(22)) };
    if (kind === 'jpeg') return jpegSize(buf);
  } catch {
    return null;
  }
  return null;
}

/** Walks the JPEG markers to the start-of-frame segment, which holds the dimensions. */
function jpegSize(buf: Buffer): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < buf.length) {
    if (buf[at] !== 0xff) return null;
    const marker = buf[at + 1];
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: buf.readUInt16BE(at + 5), width: buf.readUInt16BE(at + 7) };
    at += 2 + buf.readUInt16BE(at + 2);
  }
  return null;
}
