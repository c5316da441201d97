// The lookup card: a dialog next to the mention clicked. It places itself
// below (or above) the mention inside the viewport, its header always in view
// and its body scrolling past the room there is; it traps focus while open and
// closes on Esc; the content script closes it on a click elsewhere.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageTheme } from '../lib/dom/page-theme';
import type { Correction } from '../lib/extract/schema';
import { visibleViewport } from '../lib/dom/viewport';
import { t } from '../lib/i18n';
import { AmountCard } from './card/AmountCard';
import { Corrections } from './card/Corrections';
import { cardSubtitle } from './card/headline';
import type { CardData } from './card/model';
import { type AnchorBox, type Placement, placeCard } from './card/placement';
import { PersonCard } from './card/PersonCard';
import { SloganCard } from './card/SloganCard';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface CardProps {
  data: CardData;
  /** The mention's box in viewport pixels; the card follows it on scroll. */
  anchor: AnchorBox;
  /** The page's theme, which the card's colours follow. */
  theme: PageTheme;
  onClose: () => void;
  /** Where the reader's corrections go (the content script sends them to the background). */
  onCorrect?: (correction: Correction) => void;
}

function Body({ data }: { data: CardData }) {
  switch (data.kind) {
    case 'official':
    case 'person':
      return (
        <>
          {data.unmarked && <p class="notice">{t('card.unmarked')}</p>}
          <PersonCard name={data.key} person={data.person} lookup={data.lookup} />
        </>
      );
    case 'amount':
      return <AmountCard text={data.text} amount={data.amount} />;
    case 'slogan':
      return <SloganCard slogan={data.slogan} lookup={data.lookup} />;
  }
}

export function Card({ data, anchor, theme, onClose, onCorrect }: CardProps) {
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const title = data.kind === 'amount' ? data.text : data.key;
  const subtitle = cardSubtitle(data);

  useLayoutEffect(() => {
    const el = root.current;
    const inner = body.current;
    if (!el || !inner) return;
    // The height the card would take unclipped: its box with the body's whole content in place of the body's box.
    const height = el.offsetHeight - inner.clientHeight + inner.scrollHeight;
    const next = placeCard(anchor, { width: el.offsetWidth, height }, visibleViewport());
    if (next.top !== place?.top || next.left !== place?.left || next.maxHeight !== place?.maxHeight) setPlace(next);
  });
  // Focus moves into the card once it is placed: a hidden element cannot take focus.
  const placed = place !== null;
  useLayoutEffect(() => {
    if (placed) root.current?.focus({ preventScroll: true });
  }, [placed]);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    const el = root.current;
    if (e.key !== 'Tab' || !el) return;
    const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
    } else if (e.shiftKey && (active === first || active === el)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-modal="true"
      aria-label={t('card.label', { name: title })}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={place ? { top: `${place.top}px`, left: `${place.left}px`, maxHeight: `${place.maxHeight}px` } : { visibility: 'hidden' }}
      data-kind={data.kind}
      data-theme={theme}
    >
      <header>
        <div class="name">
          <span class="kind">{t(`card.kind.${data.kind}`)}</span>
          <h2>{title}</h2>
          <button type="button" class="close" aria-label={t('card.close')} title={t('card.close')} onClick={onClose}>
            ×
          </button>
        </div>
        {subtitle && <p class="subtitle">{subtitle}</p>}
      </header>
      <div class="body" ref={body}>
        <Body data={data} />
        {onCorrect && <Corrections data={data} onCorrect={onCorrect} />}
      </div>
    </div>
  );
}
