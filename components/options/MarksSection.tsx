// Which kinds are marked and how: for each kind a switch, its line and colour,
// and a preview of the mark on a light and on a dark page.
import { markLook, THEMES } from '../../lib/dom/mark-styles';
import type { MentionKind } from '../../lib/extract/schema';
import { type MessageKey, t } from '../../lib/i18n';
import { MarkColourSchema, MarkLineSchema, type Marks, type MarkStyle } from '../../lib/messages';
import { KIND_ORDER } from '../popup/model';
import { PREVIEW_TEXT } from './model';

interface Props {
  marks: Marks;
  /** Only what the reader changed: the background merges it into the stored marks. */
  onChange: (kind: MentionKind, change: Partial<MarkStyle>) => void;
  onReset: () => void;
}

export function MarksSection({ marks, onChange: change, onReset }: Props) {
  return (
    <section class="section" aria-labelledby="marks-heading">
      <h2 id="marks-heading">{t('options.marks')}</h2>
      <p class="hint">{t('options.marks.hint')}</p>
      <ul class="marks">
        {KIND_ORDER.map((kind) => {
          const style = marks[kind];
          return (
            <li key={kind} class="mark-row" data-kind={kind}>
              <label class="mark-shown">
                <input type="checkbox" data-testid={`mark-shown-${kind}`} checked={style.shown} onChange={(e) => change(kind, { shown: e.currentTarget.checked })} />
                <span>{t('options.marks.show', { kind: t(`kind.${kind}` as MessageKey) })}</span>
              </label>
              <label>
                <span class="field-label">{t('options.marks.line')}</span>
                <select
                  data-testid={`mark-line-${kind}`}
                  value={style.line}
                  disabled={!style.shown}
                  onChange={(e) => change(kind, { line: MarkLineSchema.parse(e.currentTarget.value) })}
                >
                  {MarkLineSchema.options.map((line) => (
                    <option key={line} value={line}>
                      {t(`options.line.${line}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span class="field-label">{t('options.marks.colour')}</span>
                <select
                  data-testid={`mark-colour-${kind}`}
                  value={style.colour}
                  disabled={!style.shown}
                  onChange={(e) => change(kind, { colour: MarkColourSchema.parse(e.currentTarget.value) })}
                >
                  {MarkColourSchema.options.map((colour) => (
                    <option key={colour} value={colour}>
                      {t(`options.colour.${colour}`)}
                    </option>
                  ))}
                </select>
              </label>
              <span class="previews" aria-hidden="true">
                {THEMES.map((theme) => (
                  <span key={theme} class={`preview ${theme}`} data-testid={`mark-preview-${kind}-${theme}`}>
                    <span style={style.shown ? markLook(style, theme) : undefined}>{PREVIEW_TEXT[kind]}</span>
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" class="link-button" data-testid="marks-reset" onClick={onReset}>
        {t('options.marks.reset')}
      </button>
    </section>
  );
}
