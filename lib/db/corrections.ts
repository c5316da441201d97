// The reader's corrections, kept until undone. One record per thing corrected:
// saying again what was said replaces it, and two contrary words on a phrase
// (a slogan, then no slogan) keep only the latest.
import type { Correction } from '../extract/schema';
import { db } from './database';
import { guardWrite } from './errors';
import { type CorrectionRecord, CorrectionRecordSchema, keepValid } from './schema';

/** What a correction is about: a person's name, a title of a person, a phrase. */
export function correctionKey(c: Correction): string {
  switch (c.type) {
    case 'not-person':
      return `person\u0000${c.name}`;
    case 'wrong-title':
      return `title\u0000${c.name}\u0000${c.title}`;
    case 'slogan':
    case 'not-slogan':
      return `slogan\u0000${c.text}`;
  }
}

export function addCorrection(correction: Correction, at: number): Promise<CorrectionRecord> {
  const record = CorrectionRecordSchema.parse({ key: correctionKey(correction), at, correction });
  return guardWrite(async () => {
    await db.corrections.put(record);
    return record;
  });
}

export function removeCorrection(key: string): Promise<void> {
  return guardWrite(() => db.corrections.delete(key));
}

/** Every stored correction, newest first; a damaged record is left out. */
export async function listCorrections(): Promise<CorrectionRecord[]> {
  return keepValid(CorrectionRecordSchema, await db.corrections.toArray()).valid.sort((a, b) => b.at - a.at);
}
