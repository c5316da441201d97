// Sample history records shared by the database and popup tests: two papers'
// pages naming the same official, with a slogan and an amount.
import type { Visit } from '../../lib/messages';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1, 12);

/** A page of the Xiangtan Daily naming Cao Jiongfang (twice) with a slogan and an amount. */
export function xiangtan(url = 'https://www.xtrb.cn/a/1.html', title = '湘潭日报：市委常委会召开'): Visit {
  return {
    page: { url, title },
    persons: [{ name: '曹炯芳', role: 'official', titles: ['市委书记'] }],
    slogans: ['三高四新'],
    mentions: [
      { kind: 'official', key: '曹炯芳', snippet: '市委书记曹炯芳主持会议' },
      { kind: 'slogan', key: '三高四新', snippet: '落实“三高四新”战略' },
      { kind: 'amount', key: 'money|CNY|1000000000', snippet: '投资10亿元' },
      { kind: 'official', key: '曹炯芳', snippet: '曹炯芳强调' },
    ],
  };
}

export function zhuzhou(url = 'https://www.zznews.gov.cn/news/2.html'): Visit {
  return {
    page: { url, title: '株洲新闻网', paper: '株洲日报', date: '2021-12-01' },
    persons: [
      { name: '曹炯芳', role: 'official', titles: ['省委常委'] },
      { name: '张三', role: 'citizen', titles: [] },
    ],
    slogans: ['我为群众办实事'],
    mentions: [
      { kind: 'official', key: '曹炯芳', snippet: '省委常委曹炯芳' },
      { kind: 'person', key: '张三', snippet: '村民张三说' },
      { kind: 'slogan', key: '我为群众办实事', snippet: '开展“我为群众办实事”' },
    ],
  };
}
