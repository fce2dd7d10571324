/** Hedging and distancing words: they mark a claim the text does not fully vouch for. */
export const HEDGES: Array<{ cue: string; reason: string }> = [
  { cue: 'according to', reason: 'puts the claim on someone else\u2019s word' },
  { cue: 'reportedly', reason: 'passes on a report without vouching for it' },
  { cue: 'allegedly', reason: 'marks an accusation not established' },
  { cue: 'alleged', reason: 'marks an accusation not established' },
  { cue: 'suggesting', reason: 'an inference, not a finding' },
  { cue: 'suggests', reason: 'an inference, not a finding' },
  { cue: 'suggested', reason: 'an inference, not a finding' },
  { cue: 'it is believed', reason: 'an unattributed belief' },
  { cue: 'is believed to', reason: 'an unattributed belief' },
  { cue: 'are believed to', reason: 'an unattributed belief' },
  { cue: 'is thought to', reason: 'an unattributed belief' },
  { cue: 'are thought to', reason: 'an unattributed belief' },
  { cue: 'appears to', reason: 'an impression, not a finding' },
  { cue: 'appear to', reason: 'an impression, not a finding' },
  { cue: 'apparently', reason: 'an impression, not a finding' },
  { cue: 'seems to', reason: 'an impression, not a finding' },
  { cue: 'purportedly', reason: 'passes on a claim without vouching for it' },
  { cue: 'supposedly', reason: 'passes on a claim without vouching for it' },
  { cue: 'presumably', reason: 'a guess' },
  { cue: 'possibly', reason: 'a possibility, not a finding' },
  { cue: 'may have', reason: 'a possibility, not a finding' },
  { cue: 'might have', reason: 'a possibility, not a finding' },
  { cue: 'could have', reason: 'a possibility, not a finding' },
  { cue: 'is said to', reason: 'hearsay' },
  { cue: 'are said to', reason: 'hearsay' },
  { cue: 'unconfirmed', reason: 'the text says it is not confirmed' },
  { cue: 'rumoured', reason: 'hearsay' },
  { cue: 'rumored', reason: 'hearsay' },
];

const HEDGE_RE = new RegExp(`\\b(?:${HEDGES.map((h) => h.cue.replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** The hedges in a claim, lower-cased, each once, in reading order. */
export function findHedges(viewText: string): string[] {
  const out: string[] = [];
  HEDGE_RE.lastIndex = 0;
  for (let m = HEDGE_RE.exec(viewText); m; m = HEDGE_RE.exec(viewText)) {
    const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (!out.includes(cue)) out.push(cue);
  }
  return out;
}
