import { analyzeText } from '../../src/pipeline/run.js';
import { measureEngine } from './measure.js';

// The whole dossier pipeline, one article at a time.
measureEngine('dossier pipeline', (text) => analyzeText(text));
