import {
  AddObservationNote,
  AgreeFocus,
  AgreeNextSteps,
  CancelObservation,
  CreateInstrument,
  NewInstrumentVersion,
  ObserverReflect,
  PublishInstrument,
  RecordObservation,
  RespondToItem,
  SaveInstrumentDraft,
  ScheduleObservation,
  SelfReflect,
} from '../model/observation';
import { coreArea } from './types';

/**
 * Instruments (program configuration, edited online by program admins) and the observation cycle
 * (issue 8, points 3 and 4). Every cycle command works offline: "works fully offline on a phone in
 * a classroom".
 */
export const observationsCore = coreArea({
  commands: {
    'instrument.create': { input: CreateInstrument, sync: false },
    'instrument.saveDraft': { input: SaveInstrumentDraft, sync: false },
    'instrument.publish': { input: PublishInstrument, sync: false },
    'instrument.newVersion': { input: NewInstrumentVersion, sync: false },
    'observation.schedule': { input: ScheduleObservation, sync: true },
    'observation.agreeFocus': { input: AgreeFocus, sync: true },
    'observation.record': { input: RecordObservation, sync: true },
    'observation.respond': { input: RespondToItem, sync: true },
    'observation.note': { input: AddObservationNote, sync: true },
    'observation.selfReflect': { input: SelfReflect, sync: true },
    'observation.reflect': { input: ObserverReflect, sync: true },
    'observation.agreeNextSteps': { input: AgreeNextSteps, sync: true },
    'observation.cancel': { input: CancelObservation, sync: true },
  },
});
