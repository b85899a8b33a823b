import type { InstrumentDefinition, InstrumentItem, ItemType, Translations } from '@mentora/core/program-defaults';
import { ITEM_TYPES } from '@mentora/core/program-defaults';
import type { InstrumentVersion, Locale } from '@mentora/core/types';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../app/api';
import { online } from '../../app/network';
import { useResource } from '../../app/use-resource';
import { LOCALE_NAMES, locale, t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { NeedsConnection } from '../../ui/needs-connection';
import { tr } from './instrument-text';
import { versionState } from './instruments-admin';
import { ItemInput } from './item-input';

const LANGS = ['en', 'ur', 'sq', 'sr'] as const;
type Lang = (typeof LANGS)[number];

/** One text in the four languages: English required, an emptied translation falls back to English. */
function TextsEditor({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Translations;
  onChange: (v: Translations) => void;
}) {
  return (
    <>
      {LANGS.map((l) => (
        <Field key={l} id={`${id}-${l}`} label={LOCALE_NAMES[l]} required={l === 'en'}>
          {(c) => (
            <input
              {...c}
              lang={l}
              dir={l === 'ur' ? 'rtl' : 'ltr'}
              value={value[l] ?? ''}
              onInput={(e) => {
                const text = e.currentTarget.value;
                const next = { ...value, [l]: text };
                if (l !== 'en' && !text.trim()) delete next[l];
                onChange(next);
              }}
            />
          )}
        </Field>
      ))}
    </>
  );
}

function setTitle(d: InstrumentDefinition, si: number, title: Translations): void {
  const section = d.sections[si];
  if (section) section.title = title;
}

function setPrompt(d: InstrumentDefinition, si: number, ii: number, prompt: Translations): void {
  const item = d.sections[si]?.items[ii];
  if (item) item.prompt = prompt;
}

/** Adds an item to a section: its key, type and English prompt (and four level descriptors for a 1–4 scale). */
function NewItem({ sectionKey, onAdd }: { sectionKey: string; onAdd: (item: InstrumentItem) => void }) {
  const [key, setKey] = useState('');
  const [type, setType] = useState<ItemType>('yes_partly_no');
  const [prompt, setPrompt] = useState('');
  const [levels, setLevels] = useState(['', '', '', '']);
  const ready = key && prompt.trim() && (type !== 'scale_1_4' || levels.every((l) => l.trim()));
  const add = () => {
    const base = { key: key.trim(), prompt: { en: prompt.trim() } };
    onAdd(
      type === 'scale_1_4'
        ? {
            ...base,
            type,
            levels: levels.map((l) => ({ en: l.trim() })) as [Translations, Translations, Translations, Translations],
          }
        : { ...base, type },
    );
    setKey('');
    setPrompt('');
    setLevels(['', '', '', '']);
  };
  return (
    <details>
      <summary>{t('instruments.addItem')}</summary>
      <Field id={`new-key-${sectionKey}`} label={t('instruments.itemKey')} hint={t('instruments.itemKeyHelp')} ltr>
        {(c) => <input {...c} value={key} onInput={(e) => setKey(e.currentTarget.value)} />}
      </Field>
      <Field id={`new-type-${sectionKey}`} label={t('instruments.itemType')}>
        {(c) => (
          <select {...c} value={type} onChange={(e) => setType(e.currentTarget.value as ItemType)}>
            {ITEM_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`instruments.types.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`new-prompt-${sectionKey}`} label={t('instruments.prompt')}>
        {(c) => <input {...c} value={prompt} onInput={(e) => setPrompt(e.currentTarget.value)} />}
      </Field>
      {type === 'scale_1_4' &&
        levels.map((l, i) => (
          <Field key={i} id={`new-level-${sectionKey}-${i}`} label={t('instruments.level', { n: i + 1 })}>
            {(c) => (
              <input
                {...c}
                value={l}
                onInput={(e) => setLevels(levels.map((x, j) => (j === i ? e.currentTarget.value : x)))}
              />
            )}
          </Field>
        ))}
      <button type="button" class="button secondary small" disabled={!ready} onClick={add}>
        {t('instruments.addItem')}
      </button>
    </details>
  );
}

/**
 * One version of an instrument: a preview in any of the program's languages, as an observer's phone
 * shows it, and — while it is a draft no observation has used — an editor of its texts and items.
 */
export function InstrumentVersionScreen({ instrumentId, n }: { instrumentId: string; n: string }) {
  const loaded = useResource(
    () => api.get<InstrumentVersion>(`/api/instruments/${instrumentId}/versions/${n}`),
    [instrumentId, n],
  );
  const [def, setDef] = useState<InstrumentDefinition | null>(null);
  const [lang, setLang] = useState<Lang>(locale.value === 'sr-Latn' ? 'sr' : (locale.value as Lang));
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDef(loaded.data?.definition ?? null), [loaded.data]);
  if (!online.value) return <NeedsConnection />;
  if (loaded.loading && !loaded.data) return <Loading />;
  const v = loaded.data;
  if (!v || !def) return <ErrorBox error={loaded.error} />;
  const editable = v.frozenAt === null;

  const update = (f: (d: InstrumentDefinition) => void) => {
    const next = structuredClone(def);
    f(next);
    setDef(next);
    setSaved(false);
  };
  async function act(path: string, method: 'put' | 'post', body?: unknown) {
    setError(null);
    try {
      await api[method](path, body);
      setSaved(true);
      loaded.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div class="stack">
      <p>
        <a href="/instruments">{t('instruments.back')}</a>
      </p>
      <h1>{t('instruments.version', { n: v.number })}</h1>
      <p class="muted" data-testid="version-state">
        {versionState(v)}
      </p>
      {!editable && <p class="help">{t('instruments.frozenNote')}</p>}
      <div class="actions">
        {editable && (
          <button type="button" class="button secondary" onClick={() => setEditing(!editing)}>
            {editing ? t('instruments.preview') : t('instruments.edit')}
          </button>
        )}{' '}
        {editable && (
          <button
            type="button"
            class="button"
            onClick={() => act(`/api/instrument-versions/${v.id}`, 'put', { definition: def })}
          >
            {t('common.save')}
          </button>
        )}{' '}
        {!v.publishedAt && (
          <button type="button" class="button" onClick={() => act(`/api/instrument-versions/${v.id}/publish`, 'post')}>
            {t('instruments.publish')}
          </button>
        )}
      </div>
      <ErrorBox error={error} />
      {saved && <p role="status">{t('instruments.saved')}</p>}
      <Field id="preview-lang" label={t('instruments.previewLanguage')} class="inline-field">
        {(c) => (
          <select {...c} value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {def.sections.map((s, si) => (
        <section key={s.key} class="card" lang={lang} dir={lang === 'ur' ? 'rtl' : 'ltr'}>
          {editing ? (
            <fieldset>
              <legend>{t('instruments.sectionTitle')}</legend>
              <TextsEditor
                id={`section-${s.key}`}
                value={s.title}
                onChange={(x) => update((d) => setTitle(d, si, x))}
              />
            </fieldset>
          ) : (
            <h2>{tr(s.title, lang)}</h2>
          )}
          {s.items.map((item, ii) =>
            editing ? (
              <fieldset key={item.key} class="item">
                <legend>
                  <Ltr>{item.key}</Ltr> · <bdi>{t(`instruments.types.${item.type}`)}</bdi>
                </legend>
                <TextsEditor
                  id={`item-${item.key}`}
                  value={item.prompt}
                  onChange={(x) => update((d) => setPrompt(d, si, ii, x))}
                />
                <button
                  type="button"
                  class="button secondary small"
                  disabled={s.items.length === 1}
                  onClick={() => update((d) => void d.sections[si]?.items.splice(ii, 1))}
                >
                  {t('instruments.removeItem')}
                </button>
              </fieldset>
            ) : (
              <ItemInput
                key={item.key}
                item={item}
                value={undefined}
                editable={false}
                onAnswer={() => {}}
                lang={lang as Locale}
              />
            ),
          )}
          {editing && (
            <NewItem sectionKey={s.key} onAdd={(item) => update((d) => void d.sections[si]?.items.push(item))} />
          )}
        </section>
      ))}
    </div>
  );
}
