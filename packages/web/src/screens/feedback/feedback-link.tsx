import { memberOf } from '@mentora/core/policy';
import type { Meeting } from '@mentora/core/types';
import { actor } from '../../app/policy';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';

/** Who may open a meeting's feedback summary (the server checks the scope): its mentor, program officials, the system admin. */
export function readsFeedback(programId: string, groupId: string): boolean {
  const a = actor.value;
  if (!a) return false;
  return (
    a.systemAdmin ||
    memberOf(a, groupId, 'mentor') ||
    a.assignments.some(
      (r) => r.programId === programId && (r.role === 'program_admin' || r.role === 'district_officer'),
    )
  );
}

/**
 * The meeting screen's feedback line (held meetings only): an attendee's "Give feedback" (or the
 * thanks once given), the mentor's and officials' link to the summary.
 */
export function FeedbackLink({
  meeting,
  attendance,
}: {
  meeting: Meeting;
  attendance: { personId: string; present: boolean }[];
}) {
  const a = actor.value;
  const given = useLive(localDb.value, (db) => db.rows('feedbackGiven').where('meetingId').equals(meeting.id).count(), [
    meeting.id,
  ]);
  if (meeting.status !== 'held' || !a) return null;
  if (readsFeedback(meeting.programId, meeting.groupId))
    return (
      <p>
        <a class="button secondary" href={`/meetings/${meeting.id}/feedback/summary`}>
          {t('feedback.summaryLink')}
        </a>
      </p>
    );
  if (!attendance.some((x) => x.personId === a.personId && x.present)) return null;
  if ((given.value ?? 0) > 0) return <p class="muted">{t('feedback.rated')}</p>;
  return (
    <p>
      <a class="button" href={`/meetings/${meeting.id}/feedback`}>
        {t('feedback.giveLink')}
      </a>
    </p>
  );
}
