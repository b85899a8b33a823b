import {
  AttachArtefact,
  CancelMeeting,
  MarkMeetingHeld,
  RecordAttendance,
  RecordDayAttendance,
  RemoveArtefact,
  ScheduleClusterMeetings,
  ScheduleMeeting,
  UpdateMeeting,
  WriteMeetingNotes,
} from '../model/meeting';
import { coreArea } from './types';

/** Group meetings and one-to-ones (ARCHITECTURE §2 "Meeting"): every write works offline. */
export const meetingsCore = coreArea({
  commands: {
    'meeting.schedule': { input: ScheduleMeeting, sync: true },
    'meeting.update': { input: UpdateMeeting, sync: true },
    'meeting.cancel': { input: CancelMeeting, sync: true },
    'meeting.recordAttendance': { input: RecordAttendance, sync: true },
    // Issue 9: a cluster's proposed year accepted in one command; attendance per day of a meeting.
    'meeting.scheduleCluster': { input: ScheduleClusterMeetings, sync: true },
    'meeting.recordDayAttendance': { input: RecordDayAttendance, sync: true },
    'meeting.markHeld': { input: MarkMeetingHeld, sync: true },
    'meeting.writeNotes': { input: WriteMeetingNotes, sync: true },
    'meeting.attachArtefact': { input: AttachArtefact, sync: true },
    'meeting.removeArtefact': { input: RemoveArtefact, sync: true },
  },
});
