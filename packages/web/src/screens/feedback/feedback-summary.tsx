import { formatNumber } from '../../app/format';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';
import { type Distribution, FEEDBACK_THRESHOLD, loadMeetingFeedback, RATINGS } from './queries';

/** The count of each rating as a labelled list with bars (no colour needed to read it). */
export function DistributionList({ d, count }: { d: Distribution; count: number }) {
  return (
    <ul class="list rows" data-testid="feedback-distribution">
      {RATINGS.map((r) => (
        <li key={r}>
          <span>
            <bdi>{formatNumber(r)}</bdi> · {t(`feedback.rating.${r}`)}
          </span>
          <span>
            <meter min={0} max={count || 1} value={d[r]} aria-hidden="true" /> {formatNumber(d[r])}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Mean 3.6 of 5 from 12 ratings". */
export const meanLine = (mean: number | null, count: number) =>
  t('feedback.mean', { mean: formatNumber(mean ?? 0), count, n: formatNumber(count) });

function Summary({ meetingId }: { meetingId: string }) {
  const res = useResource(() => loadMeetingFeedback(meetingId), [meetingId]);
  if (res.loading && !res.data) return <Loading />;
  if (res.error) return <ErrorBox error={res.error} />;
  const f = res.data;
  if (!f) return null;
  if (!f.shown || !f.distribution || f.count === null)
    return (
      <p class="muted" data-testid="feedback-hidden">
        {t('feedback.hidden', { n: FEEDBACK_THRESHOLD })}
      </p>
    );
  return (
    <>
      <p data-testid="feedback-mean">{meanLine(f.mean, f.count)}</p>
      <DistributionList d={f.distribution} count={f.count} />
      <h2>{t('feedback.comments')}</h2>
      {f.comments.length === 0 ? (
        <p class="muted">{t('feedback.noComments')}</p>
      ) : (
        <ul class="list">
          {f.comments.map((c, i) => (
            // Comments carry no id: their place in the sorted list is their key.
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * `/meetings/:meetingId/feedback/summary`: the meeting's mentor and program officials read how useful
 * attendees found it — only once FEEDBACK_THRESHOLD ratings are in, never who gave which (ADR 0022).
 */
export function FeedbackSummary({ meetingId }: { meetingId: string }) {
  return (
    <OnlineOnly title={t('feedback.summaryTitle')}>
      <section class="stack">
        <p>
          <a href={`/meetings/${meetingId}`}>{t('feedback.backToMeeting')}</a>
        </p>
        <h1>{t('feedback.summaryTitle')}</h1>
        <p class="help">{t('feedback.summaryHelp', { n: FEEDBACK_THRESHOLD })}</p>
        <Summary meetingId={meetingId} />
      </section>
    </OnlineOnly>
  );
}
