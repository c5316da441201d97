// Throughput on the synthetic article of about a million characters: Tifa and
// jieba on all of it; Recognizers-Text, at about a thousand characters a
// second, on a prefix only, with Tifa timed on that same prefix for the ratio.
import { formatTable } from '../../../lib/cli/table';
import { extract } from '../../../lib/extract';
import { fixed, int } from '../format';
import { tagWords } from '../jieba';
import { sideBySideMs, timeOnce } from '../measure';
import { recognizeAmounts, warmUpRecognizers } from '../recognizers';
import type { Section } from '../section';
import { prefix } from '../synthetic';

const RECOGNIZERS_PREFIX = 20_000;

export const longArticle: Section = async ({ synthetic }) => {
  extract(synthetic);
  tagWords(synthetic);
  const whole = sideBySideMs({ tifa: () => extract(synthetic), jieba: () => tagWords(synthetic) }, { budgetMs: 10_000, minRuns: 3, maxRuns: 20 });
  const tifaCharsPerSec = synthetic.length / (whole.tifa.ms / 1000);
  const jiebaCharsPerSec = synthetic.length / (whole.jieba.ms / 1000);

  const head = prefix(synthetic, RECOGNIZERS_PREFIX);
  warmUpRecognizers();
  const recognizersCharsPerSec = head.length / (timeOnce(() => recognizeAmounts(head)) / 1000);
  const onHead = sideBySideMs({ tifa: () => extract(head), jieba: () => tagWords(head) }, { budgetMs: 2_000, minRuns: 5, maxRuns: 2_000 });
  const tifaHeadCharsPerSec = head.length / (onHead.tifa.ms / 1000);
  const jiebaHeadCharsPerSec = head.length / (onHead.jieba.ms / 1000);
  const ratio = tifaHeadCharsPerSec / recognizersCharsPerSec;

  console.log(`\nThroughput on a synthetic article of ${int(synthetic.length)} characters (every seed paragraph, reshuffled round after round)`);
  console.log(
    formatTable(
      ['system', 'text', 'chars/s', 'how'],
      [
        ['Tifa extract()', 'whole article', int(tifaCharsPerSec), `median of ${whole.tifa.runs} warm runs, alternating with jieba's`],
        ['jieba tag()', 'whole article', int(jiebaCharsPerSec), `median of ${whole.jieba.runs} warm runs`],
        ['Tifa / jieba', 'whole article', `${fixed(tifaCharsPerSec / jiebaCharsPerSec, 2)}×`, ''],
        ['Recognizers-Text zh-cn', `first ${int(head.length)} chars`, int(recognizersCharsPerSec), `one run; the whole article would take ~${Math.round(synthetic.length / recognizersCharsPerSec / 60)} min`],
        ['Tifa extract()', `first ${int(head.length)} chars`, int(tifaHeadCharsPerSec), `median of ${onHead.tifa.runs} warm runs`],
        ['jieba tag()', `first ${int(head.length)} chars`, int(jiebaHeadCharsPerSec), `median of ${onHead.jieba.runs} warm runs`],
        ['Tifa / Recognizers', `first ${int(head.length)} chars`, `${fixed(ratio, 1)}×`, ''],
      ],
    ),
  );

  return {
    synthetic1m: {
      chars: synthetic.length,
      tifaCharsPerSec: Math.round(tifaCharsPerSec),
      jiebaCharsPerSec: Math.round(jiebaCharsPerSec),
      recognizers: {
        prefixChars: head.length,
        charsPerSec: Math.round(recognizersCharsPerSec),
        tifaCharsPerSec: Math.round(tifaHeadCharsPerSec),
        jiebaCharsPerSec: Math.round(jiebaHeadCharsPerSec),
        ratio: Number(ratio.toFixed(1)),
      },
    },
  };
};
