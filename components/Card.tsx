// The lookup card: a dialog next to the mention clicked. It places itself
// below (or above) the mention inside the viewport, traps focus while open and
// closes on Esc; the content script closes it on a click elsewhere.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { AmountCard } from './card/AmountCard';
import { type CardData, type Placement, placeCard } from './card/model';
import { PersonCard } from './card/PersonCard';
import { SloganCard } from './card/SloganCard';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface CardProps {
  data: CardData;
  /** The mention's box in viewport pixels; the card follows it on scroll. */
  anchor: { top: number; bottom: number; left: number };
  onClose: () => void;
}

function Body({ data }: { data: CardData }) {
  switch (data.kind) {
    case 'official':
    case 'person':
      return <PersonCard name={data.key} person={data.person} lookup={data.lookup} />;
    case 'amount':
      return <AmountCard text={data.text} amount={data.amount} />;
    case 'slogan':
      return <SloganCard slogan={data.slogan} lookup={data.lookup} />;
  }
}

export function Card({ data, anchor, onClose }: CardProps) {
  const root = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const title = data.kind === 'amount' ? data.text : data.key;

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const next = placeCard(anchor, { width: el.offsetWidth, height: el.scrollHeight }, { width: innerWidth, height: innerHeight });
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
    >
      <header>
        <span class="kind">{t(`card.kind.${data.kind}`)}</span>
        <h2>{title}</h2>
        <button type="button" class="close" aria-label={t('card.close')} title={t('card.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="body">
        <Body data={data} />
      </div>
    </div>
  );
}
