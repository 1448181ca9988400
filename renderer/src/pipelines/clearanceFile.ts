// Reading an imported clearance table: the format follows the file name (.json, else CSV; a BOM is dropped),
// parse errors come back in Chinese with their line numbers (shared/standards/gb50289/io.ts).
import { type ClearanceParse, parseClearanceCsv, parseClearanceJson } from '../../../shared/standards/gb50289';

export const parseClearanceFile = (name: string, text: string): ClearanceParse =>
  name.toLowerCase().endsWith('.json') ? parseClearanceJson(text) : parseClearanceCsv(text.replace(/^\uFEFF/, ''));
