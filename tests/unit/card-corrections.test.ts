// "Is Tifa wrong?" on the card, rendered with Preact into a linkedom document.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Corrections, correctionsFor } from '../../components/card/Corrections';
import type { CardData } from '../../components/card/model';
import type { Correction } from '../../lib/extract/schema';

vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document });

const official: CardData = {
  kind: 'official',
  key: '曹炯芳',
  text: '曹炯芳',
  person: { name: '曹炯芳', role: 'official', titles: ['市委书记', '市人大常委会主任'] },
  lookup: 'loading',
};

describe('the card’s corrections', () => {
  it('offer no person and each title on this page for a person, no slogan for a slogan, slogan for unmarked text, nothing for an amount', () => {
    expect(correctionsFor(official).map((c) => c.correction)).toEqual([
      { type: 'not-person', name: '曹炯芳' },
      { type: 'wrong-title', name: '曹炯芳', title: '市委书记' },
      { type: 'wrong-title', name: '曹炯芳', title: '市人大常委会主任' },
    ]);
    expect(correctionsFor({ kind: 'slogan', key: '百城千店', text: '百城千店', lookup: null }).map((c) => c.correction)).toEqual([
      { type: 'not-slogan', text: '百城千店' },
    ]);
    expect(correctionsFor({ kind: 'person', key: '金龙速度', text: '金龙速度', unmarked: true, lookup: null }).map((c) => c.correction)).toEqual([
      { type: 'slogan', text: '金龙速度' },
    ]);
    expect(correctionsFor({ kind: 'amount', key: 'money|CNY|5', text: '5元', lookup: null })).toEqual([]);
  });

  it('send the one chosen, then say it is noted instead of offering more', () => {
    const root = document.createElement('div');
    const said: Correction[] = [];
    render(h(Corrections, { data: official, onCorrect: (c) => said.push(c) }), root);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Not a person', 'Does not hold “市委书记”', 'Does not hold “市人大常委会主任”']);
    buttons[1]!.dispatchEvent(new window.Event('click'));
    expect(said).toEqual([{ type: 'wrong-title', name: '曹炯芳', title: '市委书记' }]);

    render(h(Corrections, { data: { ...official, corrected: true }, onCorrect: () => undefined }), root);
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(root.textContent).toContain('Noted');
  });
});
