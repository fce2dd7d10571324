/** Texts of our own for the analysis tests: invented people, firms, places and numbers. */

const TOWNS = ['Tromsø', 'Ålesund', 'Kraków', 'Göteborg', 'Lübeck', 'Málaga'];
const PEOPLE = ['Marit Lunde', 'Jakub Nowicki', 'Elin Sjöberg', 'Hanne Krogh', 'Paulo Ventura', 'Greta Wulf'];
const FIRMS = ['Nordlys Shipping AS', 'Baltyk Cargo Sp. z o.o.', 'Kustlinjen AB', 'Costa Azul Pesca S.L.'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** One paragraph of a made-up report, varied by `n` so no two paragraphs are the same. */
function paragraph(n: number): string {
  const who = PEOPLE[n % PEOPLE.length];
  const firm = FIRMS[n % FIRMS.length];
  const town = TOWNS[(n >> 1) % TOWNS.length];
  const day = 1 + (n % 28);
  const month = MONTHS[n % MONTHS.length];
  const year = 2009 + (n % 13);
  return (
    `${town}, ${day} ${month} ${year} - According to invoices seen by this paper, ${firm} paid ${10 + (n % 90)} million kroner ` +
    `to a consultancy run by ${who} under contract ref. KX/${year}-${100 + n}. "We followed every rule," ${who.split(' ')[1]} said. ` +
    `Sources close to the port board say the payments were never approved, and critics called it a shocking scandal.`
  );
}

/** A long article of about `bytes` UTF-8 bytes, made of distinct paragraphs under a headline. */
export function longArticle(bytes: number): string {
  const parts = ['Port payments under scrutiny across the northern ferry routes'];
  let size = Buffer.byteLength(parts[0]);
  for (let n = 0; size < bytes; n++) {
    const p = paragraph(n);
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

/** Letters outside the Basic Multilingual Plane, a lone surrogate and control characters: JSON escaping must agree. */
export const AWKWARD = `Fisheries deal questioned 🐟

Vigo, 2 April 2019 — Documents seen by La Voz del Puerto show that Paulo Ventura, a director of Costa Azul Pesca S.L., signed the quota transfer \u{1D4D0}\u{1D4D1} on 30 March 2019.

"Nothing was hidden," Ventura said. The note ends with a stray half of a pair: \uD83D and a tab\there.
`;

/** A small web page: the ingester fills title and metadata, which the dossier carries. */
export const PAGE = `<!doctype html><html><head><title>Ferry tender under review</title>
<meta name="author" content="Sigrid Berge"><meta property="article:published_time" content="2021-06-04T08:00:00Z"></head>
<body><article><h1>Ferry tender under review</h1>
<p>Ålesund, 3 June 2021 - The regional council has reopened the ferry tender won by Nordlys Shipping AS after auditors found that Marit Lunde, its chair, had met the evaluation panel twice.</p>
<p>"The process was fair," Lunde said on Thursday. Jakub Nowicki of Baltyk Cargo said his bid was never read.</p>
</article></body></html>`;
