import { useState } from 'preact/hooks';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { SavedNote } from '../../ui/saved-note';
import { tr } from './instrument-text';
import type { CycleView } from './queries';

/**
 * The pre-observation conference: the pair choose the items the observation will focus on (Kosovo
 * seed: "a checklist based on the needs discussed before the observation"); the agreed focus is
 * recorded and visible to both.
 */
export function FocusSection({ view, editable }: { view: CycleView; editable: boolean }) {
  const agreed = view.details?.focusItemKeys ?? [];
  const agreedNeeds = view.details?.focusNeedIds ?? [];
  const [chosen, setChosen] = useState<Set<string>>(new Set(agreed));
  const [needIds, setNeedIds] = useState<Set<string>>(new Set(agreedNeeds));
  const openNeeds = view.needs.filter((n) => n.status === 'open' || agreedNeeds.includes(n.id));
  const write = useDispatch();
  const def = view.version?.definition;
  if (!def) return null;
  const flip = (set: Set<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };
  return (
    <section class="card" aria-labelledby="focus-title">
      <h2 id="focus-title">{t('observations.preConference')}</h2>
      {!editable && agreedNeeds.length > 0 && (
        <ul class="list" data-testid="agreed-needs">
          {view.needs
            .filter((n) => agreedNeeds.includes(n.id))
            .map((n) => (
              <li key={n.id}>{n.description}</li>
            ))}
        </ul>
      )}
      {!editable ? (
        agreed.length === 0 ? (
          <p class="muted">{t('observations.noFocus')}</p>
        ) : (
          <ul class="list" data-testid="agreed-focus">
            {def.sections.flatMap((s) =>
              s.items.filter((i) => agreed.includes(i.key)).map((i) => <li key={i.key}>{tr(i.prompt)}</li>),
            )}
          </ul>
        )
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await write.run('observation.agreeFocus', {
              id: view.o.id,
              focusItemKeys: [...chosen],
              focusNeedIds: [...needIds],
            });
          }}
        >
          <p class="help">{t('observations.focusHelp')}</p>
          <fieldset>
            <legend>{t('observations.needs')}</legend>
            {openNeeds.length === 0 && <p class="muted">{t('observations.noNeeds')}</p>}
            {openNeeds.map((n) => (
              <label class="choice" key={n.id}>
                <input type="checkbox" checked={needIds.has(n.id)} onChange={() => setNeedIds(flip(needIds, n.id))} />
                <span>{n.description}</span>
              </label>
            ))}
          </fieldset>
          {def.sections.map((s) => (
            <fieldset key={s.key}>
              <legend>{tr(s.title)}</legend>
              {s.items.map((i) => (
                <label class="choice" key={i.key}>
                  <input
                    type="checkbox"
                    data-item={i.key}
                    checked={chosen.has(i.key)}
                    onChange={() => setChosen(flip(chosen, i.key))}
                  />
                  <span>{tr(i.prompt)}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <ErrorBox error={write.error} />
          <SavedNote outcome={write.outcome} />
          <button type="submit" class="button" disabled={write.busy || chosen.size === 0}>
            {t('observations.agreeFocus')}
          </button>
        </form>
      )}
    </section>
  );
}
