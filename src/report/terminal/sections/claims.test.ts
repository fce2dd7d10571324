import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { docWith } from '../../../attribution/testdoc.js';
import { claimsStage } from '../../../claims/stage.js';
import { toDossier } from '../../../dossier/assemble.js';
import { techniquesStage } from '../../../techniques/stage.js';
import { claimsSection } from './claims.js';
import { techniquesSection } from './techniques.js';

const plain = pc.createColors(false);
const TEXT = [
  'Security sources said the brigade received 900 rifles from a Gulf donor in 2016.',
  'Omar Sadiq told reporters that the governor signed the transfer order on 5 May 2016.',
  'These traitors and their diabolical scheme will stop at nothing.',
  'These traitors lie.',
].join(' ');

function dossier() {
  const doc = docWith(TEXT, [['Omar Sadiq', 'person']]);
  claimsStage.run(doc, {});
  techniquesStage.run(doc, {});
  return toDossier(doc);
}

describe('the claims and techniques sections of the report', () => {
  it('shows the sourcing profile and each claim with its source kind', () => {
    const lines = claimsSection.render(dossier(), plain);
    expect(lines[0]).toMatch(/^ {2}\d+ claims; sourcing: .*1 named person.*1 anonymous/);
    expect(lines.some((l) => l.includes('[anonymous "Security sources"]') && l.includes('900 rifles'))).toBe(true);
    expect(lines.some((l) => l.includes('[named-person "Omar Sadiq"]'))).toBe(true);
  });

  it('groups techniques by label with their phrases, repeated ones counted', () => {
    const lines = techniquesSection.render(dossier(), plain);
    expect(lines).toContain('  Loaded_Language (1): "diabolical scheme"');
    expect(lines).toContain('  Name_Calling,Labeling (2): "These traitors" \u00D72');
    expect(lines.some((l) => l.startsWith('  Exaggeration,Minimisation (1): "will stop at nothing"'))).toBe(true);
  });

  it('says nothing when there is nothing to show', () => {
    const empty = toDossier(docWith('Rain.'));
    expect(claimsSection.render(empty, plain)).toEqual([]);
    expect(techniquesSection.render(empty, plain)).toEqual([]);
  });
});
