// Entity-level figures on a set of annotated sentences, as
// ../shared/eval/msra_persons.py counts them: the distinct names of each
// sentence, predicted against gold by exact string.
import type { Sentence } from './corpora';

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function scoreNames(test: Sentence[], predict: (text: string) => Iterable<string>): Figures {
  let tp = 0, gold = 0, predicted = 0;
  for (const s of test) {
    const g = new Set(s.names.map(([a, b]) => s.text.slice(a, b)));
    const p = new Set(predict(s.text));
    gold += g.size;
    predicted += p.size;
    for (const name of p) if (g.has(name)) tp++;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), gold, predicted };
}
