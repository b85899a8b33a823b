import type { InstrumentItem, TimeOnTask } from '@mentora/core/program-defaults';
import { YES_PARTLY_NO } from '@mentora/core/program-defaults';
import type { Locale } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { formatNumber } from '../../app/format';
import { t } from '../../i18n';
import { numberError, readNumber } from '../../ui/number-field';
import { tr } from './instrument-text';

interface ItemProps {
  item: InstrumentItem;
  /** The answer stored on this device, if any. */
  value: unknown;
  /** Whether this user may answer (the observer, while the cycle is open). */
  editable: boolean;
  onAnswer: (value: unknown) => void;
  /** The language of the item's texts (an admin's preview); the user's by default. */
  lang?: Locale;
}

const LEVELS = [1, 2, 3, 4] as const;

function Radios<T extends string | number>({
  name,
  options,
  value,
  editable,
  label,
  onAnswer,
}: {
  name: string;
  options: readonly T[];
  value: unknown;
  editable: boolean;
  label: (o: T) => string;
  onAnswer: (v: T) => void;
}) {
  return (
    <>
      {options.map((o) => (
        <label class="choice" key={String(o)}>
          <input
            type="radio"
            name={name}
            value={String(o)}
            checked={value === o}
            disabled={!editable}
            onChange={() => onAnswer(o)}
          />
          <span>{label(o)}</span>
        </label>
      ))}
    </>
  );
}

function CountStepper({ item, value, editable, onAnswer }: ItemProps) {
  const n = typeof value === 'number' ? value : 0;
  const count = (
    <output aria-live="polite" id={`count-${item.key}`}>
      {formatNumber(n)}
    </output>
  );
  if (!editable) return <p>{count}</p>;
  return (
    <p class="actions">
      <button
        type="button"
        class="button secondary small"
        disabled={n === 0}
        aria-label={t('observations.item.less')}
        onClick={() => onAnswer(n - 1)}
      >
        −
      </button>{' '}
      {count}{' '}
      <button
        type="button"
        class="button secondary small"
        aria-label={t('observations.item.more')}
        onClick={() => onAnswer(n + 1)}
      >
        +
      </button>
    </p>
  );
}

function FreeTextAnswer({ item, value, editable, onAnswer }: ItemProps) {
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const id = `text-${item.key}`;
  return (
    <div class="field">
      <label for={id} class="visually-hidden">
        {tr(item.prompt)}
      </label>
      <textarea id={id} rows={3} value={text} disabled={!editable} onInput={(e) => setText(e.currentTarget.value)} />
      {editable && (
        <button
          type="button"
          class="button secondary small"
          disabled={!text.trim() || text === value}
          onClick={() => onAnswer(text)}
        >
          {t('common.save')}
        </button>
      )}
    </div>
  );
}

/** A time-on-task snapshot: students on and off task at this moment. */
function SnapshotAnswer({ item, value, editable, onAnswer }: ItemProps) {
  const last = value as TimeOnTask | undefined;
  const [on, setOn] = useState('');
  const [off, setOff] = useState('');
  // Digits of any script (issue 10, kind 2); an unreadable count disables the button.
  const onTask = readNumber(on) ?? 0;
  const offTask = readNumber(off) ?? 0;
  const readable = onTask !== 'unreadable' && offTask !== 'unreadable';
  const total = readable ? onTask + offTask : 0;
  return (
    <div>
      {last && (
        <p class="muted" data-testid={`snapshot-${item.key}`}>
          {t('observations.item.lastSnapshot', { on: formatNumber(last.onTask), off: formatNumber(last.offTask) })}
        </p>
      )}
      {editable && (
        <div class="actions">
          <label>
            {t('observations.item.onTask')}{' '}
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={numberError(on) ? true : undefined}
              value={on}
              onInput={(e) => setOn(e.currentTarget.value)}
            />
          </label>{' '}
          <label>
            {t('observations.item.offTask')}{' '}
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={numberError(off) ? true : undefined}
              value={off}
              onInput={(e) => setOff(e.currentTarget.value)}
            />
          </label>{' '}
          <button
            type="button"
            class="button secondary small"
            disabled={!readable || total < 1 || total > 200}
            onClick={() => readable && onAnswer({ onTask, offTask, at: new Date().toISOString() })}
          >
            {t('observations.item.snapshot')}
          </button>
        </div>
      )}
    </div>
  );
}

/** One item of the instrument as the observer fills it, by its type; help and level descriptors in the user's language. */
export function ItemInput(props: ItemProps) {
  const { item, value, editable, onAnswer, lang } = props;
  const name = `item-${item.key}`;
  return (
    <fieldset class="item" data-testid={name}>
      <legend>{tr(item.prompt, lang)}</legend>
      {item.help && <p class="help">{tr(item.help, lang)}</p>}
      {item.type === 'yes_partly_no' && (
        <Radios
          name={name}
          options={YES_PARTLY_NO}
          value={value}
          editable={editable}
          label={(o) => t(`observations.item.${o}`)}
          onAnswer={onAnswer}
        />
      )}
      {item.type === 'scale_1_4' && (
        <Radios
          name={name}
          options={LEVELS}
          value={value}
          editable={editable}
          label={(n) => `${formatNumber(n)} — ${tr(item.levels[n - 1] ?? { en: '' }, lang)}`}
          onAnswer={onAnswer}
        />
      )}
      {item.type === 'count' && <CountStepper {...props} />}
      {item.type === 'free_text' && <FreeTextAnswer {...props} />}
      {item.type === 'time_on_task' && <SnapshotAnswer {...props} />}
    </fieldset>
  );
}
