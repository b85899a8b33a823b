import {
  AttachArtefact,
  CancelMeeting,
  MarkMeetingHeld,
  RecordAttendance,
  RemoveArtefact,
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
    'meeting.markHeld': { input: MarkMeetingHeld, sync: true },
    'meeting.writeNotes': { input: WriteMeetingNotes, sync: true },
    'meeting.attachArtefact': { input: AttachArtefact, sync: true },
    'meeting.removeArtefact': { input: RemoveArtefact, sync: true },
  },
});
