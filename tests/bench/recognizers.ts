// Microsoft Recognizers-Text (zh-cn) as an amount extractor, its results mapped
// to GUIDELINES units so score.mjs's keys compare them with Tifa's.
import { Culture, recognizeCurrency, recognizeDimension, recognizePercentage } from '@microsoft/recognizers-text-suite';
import type { Prediction } from '../support/score';

type PredictedAmount = NonNullable<Prediction['amounts']>[number];

// Recognizers' dimension units that have a GUIDELINES code; the zh-cn model
// has no power or energy units, and everything else (lengths in 厘米, 斤, 升,
// bits…) is outside the guidelines and dropped.
const DIMENSION_UNITS: Record<string, string> = {
  Meter: 'm',
  Kilometer: 'km',
  'Kilometer per hour': 'km/h',
  'Square meter': 'm2',
  'Square kilometer': 'km2',
  Hectare: 'ha',
  Mu: 'mu',
  'Cubic meter': 'm3',
  Kilogram: 'kg',
  Ton: 't',
};
// Real ISO 4217 codes; Recognizers marks ambiguous names (`__D` for 元 of no
// country) and sub-units (JIAO) otherwise.
const ISO_CURRENCY = /^[A-Z]{3}$/;

/** Builds Recognizers' models once, so that timed runs measure recognition only. */
export function warmUpRecognizers(): void {
  recognizeAmounts('总投资10亿元，面积3平方公里，增长5%。');
}

export function recognizeAmounts(text: string): PredictedAmount[] {
  const amounts: PredictedAmount[] = [];
  for (const r of recognizeCurrency(text, Culture.Chinese)) {
    const unit = String(r.resolution['isoCurrency'] ?? '');
    const value = Number(r.resolution['value'] ?? NaN);
    if (ISO_CURRENCY.test(unit) && Number.isFinite(value)) amounts.push({ kind: 'money', unit, value });
  }
  for (const r of recognizeDimension(text, Culture.Chinese)) {
    const unit = DIMENSION_UNITS[String(r.resolution['unit'])];
    const value = Number(r.resolution['value'] ?? NaN);
    if (unit && Number.isFinite(value)) amounts.push({ kind: 'quantity', unit, value });
  }
  for (const r of recognizePercentage(text, Culture.Chinese)) {
    const value = Number.parseFloat(String(r.resolution['value'] ?? ''));
    if (Number.isFinite(value)) amounts.push({ kind: 'percent', unit: '%', value });
  }
  return amounts;
}
