/** Stands in for a text whose analysis keeps asking for memory. */
export default function grow(): void {
  const held: number[][] = [];
  while (held.length >= 0) held.push(new Array<number>(1 << 20).fill(held.length));
}
