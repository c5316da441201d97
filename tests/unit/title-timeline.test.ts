// The titles-over-time timeline (components/TitleTimeline.tsx) rendered with
// Preact into a linkedom document: one bar per period on a shared date axis,
// the title and its sources as SVG text, a <title> naming each bar.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TitleTimeline, type TitleRows } from '../../components/TitleTimeline';

vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document });

function draw(rows: TitleRows): Element {
  const root = document.createElement('div');
  render(h(TitleTimeline, { rows }), root);
  return root;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));
const texts = (root: Element, cls: string): string[] => [...root.querySelectorAll(`text.${cls}`)].map((el) => el.textContent ?? '');

const CAO: TitleRows = [
  { title: '市长', from: '2020-01-01', to: '2020-12-31', sources: [{ source: '湘潭日报', date: '2020-01-01' }, { source: '湘潭日报', date: '2020-12-31' }] },
  { title: '市委书记', from: '2021-01-01', to: '2021-12-31', sources: [{ source: '湘潭日报', date: '2021-01-01' }, { source: '株洲日报', date: '2021-12-31' }] },
];

describe('the titles-over-time timeline', () => {
  it('draws one bar per period on one date axis, in the order given', () => {
    const root = draw(CAO);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe('Titles over time');
    const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const bars = [...root.querySelectorAll('rect.tl-bar')];
    expect(bars).toHaveLength(2);
    const [first, second] = bars as [Element, Element];
    // The axis runs from the first period's start to the last one's end.
    expect(num(first, 'x')).toBe(0);
    expect(num(second, 'x') + num(second, 'width')).toBeCloseTo(width, 6);
    // Two years, one a bar: the second begins halfway along, after the first ends.
    expect(num(second, 'x') / width).toBeCloseTo(0.5, 1);
    expect(num(first, 'x') + num(first, 'width')).toBeLessThan(num(second, 'x') + 1);
    // Later rows sit lower.
    expect(num(second, 'y')).toBeGreaterThan(num(first, 'y'));
  });

  it('writes each title and its sources with their dates as text, and names every bar in its <title>', () => {
    const root = draw(CAO);
    expect(texts(root, 'tl-title')).toEqual(['市长', '市委书记']);
    expect(texts(root, 'tl-sources')).toEqual(['湘潭日报 2020-01-01 · 湘潭日报 2020-12-31', '湘潭日报 2021-01-01 · 株洲日报 2021-12-31']);
    expect([...root.querySelectorAll('rect.tl-bar > title')].map((el) => el.textContent)).toEqual([
      '市长: 2020-01-01 to 2020-12-31 (湘潭日报 2020-01-01; 湘潭日报 2020-12-31)',
      '市委书记: 2021-01-01 to 2021-12-31 (湘潭日报 2021-01-01; 株洲日报 2021-12-31)',
    ]);
    // The axis is labelled at both ends and at the new year between them.
    expect(texts(root, 'tl-tick')).toEqual(['2020-01-01', '2021', '2021-12-31']);
  });

  it('leaves out rows with no source, and draws nothing when none is left', () => {
    const root = draw([{ title: '市长', from: '2020-01-01', to: '2020-01-01', sources: [] }, ...CAO]);
    expect(texts(root, 'tl-title')).toEqual(['市长', '市委书记']);
    expect(root.querySelectorAll('rect.tl-bar')).toHaveLength(2);
    expect(draw([{ title: '市长', from: '2020-01-01', to: '2020-01-01', sources: [] }]).innerHTML).toBe('');
    expect(draw([]).innerHTML).toBe('');
  });

  it('draws a single day as a dot at the start of a one-date axis', () => {
    const root = draw([{ title: '区长', from: '2022-03-04', to: '2022-03-04', sources: [{ source: '衡阳日报', date: '2022-03-04' }] }]);
    const bar = root.querySelector('rect.tl-bar')!;
    expect(num(bar, 'x')).toBe(0);
    expect(num(bar, 'width')).toBeGreaterThan(0);
    expect(num(bar, 'width')).toBeLessThan(10);
    expect(bar.querySelector('title')?.textContent).toBe('区长: 2022-03-04 (衡阳日报 2022-03-04)');
    expect(texts(root, 'tl-tick')).toEqual(['2022-03-04']);
  });

  it('wraps long source lists, counts what it leaves out, and keeps them all in the <title>', () => {
    const sources = Array.from({ length: 7 }, (_, i) => ({ source: `第${i + 1}家报纸`, date: `2021-0${i + 1}-01` }));
    const root = draw([{ title: '省委常委、市委书记、市人大常委会主任', from: '2021-01-01', to: '2021-07-01', sources }]);
    const lines = texts(root, 'tl-sources');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' · ')).toBe('第1家报纸 2021-01-01 · 第2家报纸 2021-02-01 · 第3家报纸 2021-03-01 · 第4家报纸 2021-04-01 · +3 more');
    expect(root.querySelector('rect.tl-bar > title')?.textContent).toContain('第7家报纸 2021-07-01');
    // Every line starts below the one before it.
    const ys = [...root.querySelectorAll('text.tl-sources')].map((el) => num(el, 'y'));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('renders page text as text, never as markup', () => {
    const root = draw([{ title: '<img src=x onerror=alert(1)>', from: '2021-01-01', to: '2021-01-01', sources: [{ source: '<b>报</b>', date: '2021-01-01' }] }]);
    expect(root.querySelector('img, b')).toBeNull();
    expect(texts(root, 'tl-title').join('')).toBe('<img src=x onerror=alert(1)>');
    expect(texts(root, 'tl-sources')).toEqual(['<b>报</b> 2021-01-01']);
  });
});
