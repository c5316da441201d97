import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../lib/extract/script';
import { titlePeriods } from '../../lib/title-periods';

describe('titlePeriods', () => {
  it('makes one row per title, from its first to its last date, with every source behind it oldest first', () => {
    expect(
      titlePeriods([
        { title: '市长', date: '2022-03-01', source: '湘潭日报' },
        { title: '市委书记', date: '2023-05-19', source: '湘潭日报' },
        { title: '市长', date: '2021-06-22', source: '人民网' },
        { title: '市长', date: '2021-12-01', source: '株洲日报' },
      ]),
    ).toEqual([
      {
        title: '市长',
        from: '2021-06-22',
        to: '2022-03-01',
        sources: [
          { source: '人民网', date: '2021-06-22' },
          { source: '株洲日报', date: '2021-12-01' },
          { source: '湘潭日报', date: '2022-03-01' },
        ],
      },
      { title: '市委书记', from: '2023-05-19', to: '2023-05-19', sources: [{ source: '湘潭日报', date: '2023-05-19' }] },
    ]);
  });

  it('lists a source and day once, however many documents or titles repeat it', () => {
    const [row] = titlePeriods([
      { title: '省长', date: '2021-06-22', source: '湖南日报' },
      { title: '省长', date: '2021-06-22', source: '湖南日报' },
      { title: '省长', date: '2021-06-22', source: '红网' },
      { title: '省长', date: '2021-06-23', source: '湖南日报' },
    ]);
    expect(row!.sources.map((s) => `${s.date} ${s.source}`)).toEqual(['2021-06-22 湖南日报', '2021-06-22 红网', '2021-06-23 湖南日报']);
  });

  it('orders rows by their first date, then their last, then the title', () => {
    const rows = titlePeriods([
      { title: '乙', date: '2022-01-01', source: 'a' },
      { title: '甲', date: '2022-01-01', source: 'a' },
      { title: '丙', date: '2021-01-01', source: 'a' },
      { title: '丙', date: '2023-01-01', source: 'a' },
      { title: '丁', date: '2021-01-01', source: 'a' },
    ]);
    expect(rows.map((r) => r.title)).toEqual(['丁', '丙', '乙', '甲']);
  });

  it('takes titles that are one under `same` as one row, shown as first printed', () => {
    const sightings = [
      { title: '市委书记', date: '2021-06-22', source: '湘潭日报' },
      { title: '市委書記', date: '2020-01-02', source: '大公報' },
    ];
    expect(titlePeriods(sightings).map((r) => r.title)).toEqual(['市委書記', '市委书记']);
    expect(titlePeriods(sightings, toSimplified)).toEqual([
      {
        title: '市委書記',
        from: '2020-01-02',
        to: '2021-06-22',
        sources: [
          { source: '大公報', date: '2020-01-02' },
          { source: '湘潭日报', date: '2021-06-22' },
        ],
      },
    ]);
  });

  it('returns no rows for no sightings', () => {
    expect(titlePeriods([])).toEqual([]);
  });
});
