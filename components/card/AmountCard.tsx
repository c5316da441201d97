// An amount: as printed and normalized (`408亿元` → 40,800,000,000 元 CNY),
// with its range and approximation.
import type { Amount } from '../../lib/extract/schema';
import { locale, t } from '../../lib/i18n';

// How the page's language names each unit code of the extractor.
const UNIT_NAMES: Record<string, string> = {
  CNY: '元', USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元', GBP: '英镑',
  t: '吨', kg: '公斤', m2: '平方米', km2: '平方公里', mu: '亩', ha: '公顷', m: '米', km: '公里', m3: '立方米',
  kWh: '千瓦时', kW: '千瓦', MW: '兆瓦', 'km/h': '公里/小时', kV: '千伏',
};

// Made on first use: building a number format costs the page milliseconds, and
// most pages never open an amount card.
let numberFormat: Intl.NumberFormat | undefined;
const number = (x: number): string =>
  (numberFormat ??= new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 6 })).format(x);

/** The normalized value: `40,800,000,000 元 CNY`, `5,000,000,000 to 7,000,000,000 元 CNY`, `about 90%`. */
export function formatAmount(a: Amount): string {
  const value =
    a.min !== undefined || a.max !== undefined
      ? t('card.amount.range', { min: a.min === undefined ? '…' : number(a.min), max: a.max === undefined ? '…' : number(a.max) })
      : a.value === undefined
        ? '…'
        : number(a.value);
  const unit = a.unit === '%' ? '%' : ` ${UNIT_NAMES[a.unit] ? `${UNIT_NAMES[a.unit]} ${a.unit}` : a.unit}`;
  const approx = a.approx ? `${t(`card.approx.${a.approx}`)} ` : '';
  return `${approx}${value}${unit}`;
}

export function AmountCard({ text, amount }: { text: string; amount?: Amount }) {
  return (
    <dl class="amount">
      <dt>{t('card.amount.printed')}</dt>
      <dd>{text}</dd>
      {amount && (
        <>
          <dt>{t('card.amount.value')}</dt>
          <dd class="value">{formatAmount(amount)}</dd>
        </>
      )}
    </dl>
  );
}
