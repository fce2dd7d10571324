import nlp from 'compromise';
import { measureEngine } from './measure.js';

// What a JavaScript user would otherwise pick: compromise's people, places and organizations,
// fed one paragraph at a time.
measureEngine('compromise people/places/organizations', (text) => {
  for (const paragraph of text.split(/\n\s*\n/)) {
    const doc = nlp(paragraph);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
});
