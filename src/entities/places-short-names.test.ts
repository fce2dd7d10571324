import { describe, expect, it } from 'vitest';
import { analyse, holding, together } from './test-helpers.js';

describe('places with lower-case particles', () => {
  it('holds a place name across "es"', () => {
    expect(holding(analyse('The ferry sailed from Dar es Salaam at dawn.'), 'Dar es Salaam')?.type).toBe('location');
  });

  it('holds a place name across "am"', () => {
    expect(holding(analyse('The fund is registered in Frankfurt am Main.'), 'Frankfurt am Main')).toBeDefined();
  });

  it('types an Arabic article and a name after "in" as a place, and not elsewhere', () => {
    const doc = analyse('Trucks were stopped in Al Kufra on Sunday. Later they met Al Marzouqi.');
    expect(holding(doc, 'Al Kufra')?.type).toBe('location');
    expect(holding(doc, 'Al Marzouqi')?.type).not.toBe('location');
  });

  it('leaves a single ordinary word alone', () => {
    expect(holding(analyse('They met at the bar near the port.'), 'Bar')).toBeUndefined();
  });
});

describe('a company named by the first word of its full name', () => {
  it('joins the short name to the one full name', () => {
    expect(together(analyse('Tarsenko Marine Logistics won the tender. A lawyer for Tarsenko denied any bribe.'), 'Tarsenko Marine Logistics', 'Tarsenko')).toBe(true);
  });

  it('keeps apart two companies that share the first word', () => {
    const doc = analyse('Velmora Shipping and Velmora Energy both bid. Velmora declined to comment.');
    expect(together(doc, 'Velmora Shipping', 'Velmora Energy')).toBe(false);
    expect(together(doc, 'Velmora', 'Velmora Shipping')).toBe(false);
    expect(together(doc, 'Velmora', 'Velmora Energy')).toBe(false);
  });
});
