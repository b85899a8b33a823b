import { useState } from 'preact/hooks';
import { formatNumber, today } from '../../app/format';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { formatWhen } from '../meetings/meetings-list';
import { localRateableMeeting, RATINGS } from './queries';

/** "Thank you": shown at once after rating, offline too (the device's own marker, ADR 0022). */
export function ThankYou() {
  return (
    <div class="card" role="status" data-testid="feedback-thanks">
      <p>
        <strong>{t('feedback.thanks')}</strong>
      </p>
      <p class="help">{t('feedback.thanksHelp')}</p>
    </div>
  );
}

/**
 * `/meetings/:meetingId/feedback`: a teacher recorded present at a held meeting rates how useful it
 * was (1–5, large labelled choices) and may add a comment. Works offline; the rating is anonymous.
 */
export function GiveFeedback({ meetingId }: { meetingId: string }) {
  const personId = me.value?.personId ?? '';
  const day = today();
  const live = useLive(localDb.value, (db) => localRateableMeeting(db, personId, meetingId, day), [
    personId,
    meetingId,
    day,
  ]);
  const write = useDispatch();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  if (!live.loaded) return <Loading />;
  const found = live.value;
  const back = (
    <p>
      <a href="/feedback">{t('feedback.back')}</a>
    </p>
  );
  if (!found)
    return (
      <section class="stack">
        {back}
        <h1>{t('feedback.giveTitle')}</h1>
        <p class="muted">{t(found === null ? 'feedback.notAttended' : 'feedback.notOnPhone')}</p>
      </section>
    );
  const submit = async (e: Event) => {
    e.preventDefault();
    if (rating === null) {
      setMissing(true);
      return;
    }
    const text = comment.trim();
    await write.run('feedback.give', { meetingId, rating, ...(text ? { comment: text } : {}) });
  };
  return (
    <section class="stack">
      {back}
      <h1>{t('feedback.giveTitle')}</h1>
      <p>
        <strong>{found.meeting.title}</strong> · {formatWhen(found.meeting.scheduledFor)}
      </p>
      {found.rated ? (
        <ThankYou />
      ) : found.closed ? (
        <p class="muted">{t('feedback.closed')}</p>
      ) : (
        <form class="stack" onSubmit={submit} noValidate>
          <p class="help" id="feedback-anonymous">
            {t('feedback.anonymous', { n: 5 })}
          </p>
          <fieldset class="rating-scale" aria-describedby={missing ? 'rating-missing' : undefined}>
            <legend>{t('feedback.question')}</legend>
            {RATINGS.map((r) => (
              <label class="choice" key={r}>
                <input
                  type="radio"
                  name="rating"
                  value={String(r)}
                  checked={rating === r}
                  onChange={() => {
                    setRating(r);
                    setMissing(false);
                  }}
                />
                <span>
                  <bdi>{formatNumber(r)}</bdi> · {t(`feedback.rating.${r}`)}
                </span>
              </label>
            ))}
          </fieldset>
          {missing && (
            <p class="alert alert-error" id="rating-missing" role="alert">
              {t('feedback.chooseRating')}
            </p>
          )}
          <Field id="feedback-comment" label={t('feedback.comment')} hint={t('feedback.commentHint')}>
            {(c) => (
              <textarea
                {...c}
                rows={4}
                maxLength={2000}
                value={comment}
                onInput={(e) => setComment(e.currentTarget.value)}
              />
            )}
          </Field>
          <ErrorBox error={write.error} />
          <p class="actions">
            <button type="submit" class="button" disabled={write.busy}>
              {t('feedback.send')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
