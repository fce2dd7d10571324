/** The report's stylesheet, inlined so the file stands alone; colours keep WCAG AA contrast. */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta, .muted { color: #555; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e2e2e2; }
th { background: #f3f3f3; }
ol, ul { padding-left: 1.4rem; }
li { margin: .3rem 0; }
blockquote { margin: .25rem 0 .25rem 0; padding-left: .75rem; border-left: 3px solid #c8c8c8; color: #333; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .8rem; letter-spacing: .03em; }
.sev-critical { color: #a3001b; } .sev-warning { color: #7a4f00; } .sev-info { color: #2a5590; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #e2e2e2; padding: 1rem; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; font-size: .9rem; margin: .5rem 0; }
.legend span { padding: 0 .3rem; }
mark { background: none; color: inherit; }
mark.ev { background: #fff0b3; font-weight: 600; }
.l-entity.k-entity-person { background: #ffe08a; } .l-entity.k-entity-organization { background: #b9e3ff; }
.l-entity.k-entity-location { background: #c7f0c2; } .l-entity.k-entity-facility { background: #f5d0ff; }
.l-entity.k-entity-other { background: #e3e3e3; }
.l-date { background: #ffd3b0; } .l-reference { background: #ddd6ff; }
.l-quote { box-shadow: inset 0 -2px 0 #0b7a3b; }
.l-claim { border-bottom: 2px solid #1f5fbf; }
.l-technique { text-decoration: underline wavy #7b2cbf; text-decoration-skip-ink: none; }
.l-flag { border-top: 3px solid #5a6b80; } .l-flag.k-flag-warning { border-top-color: #c25e00; } .l-flag.k-flag-critical { border-top-color: #c0001a; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  li, tr { break-inside: avoid; }
  .article { border: none; padding: 0; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
