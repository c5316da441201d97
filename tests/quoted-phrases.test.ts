// The slogan classifier on 100 quoted phrases from People's Daily, January 1998
// (../shared/corpora/pfr_1998_01), half slogans and half not (speech, idioms,
// names, nicknames, honorary titles), labelled by GUIDELINES §3 before the
// classifier was tuned and never tuned on since.
import { describe, expect, it } from 'vitest';
import { extract } from '../lib/extract';
import { normalize } from '../lib/extract/normalize';
import fixture from './fixtures/quoted-phrases.json';

interface Labelled {
  context: string;
  phrase: string;
  slogan: boolean;
}

const phrases = fixture.phrases as Labelled[];
const verdicts = phrases.map((p) => ({
  ...p,
  found: extract(p.context).slogans.some((s) => normalize(s.text).text === normalize(p.phrase).text),
}));
const right = verdicts.filter((v) => v.found === v.slogan).length;
const accuracy = right / verdicts.length;

describe('quoted phrases from People’s Daily 1998, labelled beforehand', () => {
  const wrong = verdicts.filter((v) => v.found !== v.slogan);
  console.log(
    `quoted phrases: accuracy ${accuracy.toFixed(3)} (${right}/${verdicts.length}); ` +
      `slogans found ${verdicts.filter((v) => v.slogan && v.found).length}/${verdicts.filter((v) => v.slogan).length}, ` +
      `non-slogans taken ${verdicts.filter((v) => !v.slogan && v.found).length}/${verdicts.filter((v) => !v.slogan).length}` +
      (wrong.length ? `\n  wrong: ${wrong.map((v) => `${v.phrase} (${v.slogan ? 'missed' : 'taken'})`).join(', ')}` : ''),
  );

  it('holds 100 phrases, about half of them slogans', () => {
    expect(phrases).toHaveLength(100);
    const slogans = phrases.filter((p) => p.slogan).length;
    expect(slogans).toBeGreaterThanOrEqual(40);
    expect(slogans).toBeLessThanOrEqual(60);
  });
  it('classifies at least 90% of them right', () => {
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
