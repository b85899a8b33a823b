import { formatPhone } from '@mentora/core/names';
import { programId } from '../app/session';
import { localDb } from '../store/device';
import { useLive } from '../store/live';

/** The current program's country (settings.country) from this phone's store, or null. */
function useProgramCountry(): string | null {
  const id = programId.value;
  const live = useLive(
    localDb.value,
    async (db) => (id ? ((await db.rows('programs').get(id))?.settings.country ?? null) : null),
    [id],
  );
  return live.value ?? null;
}

/**
 * A stored E.164 phone number as its people write it ("0300 1234567" in Pakistan, "+383 44 100 001"
 * elsewhere: core `formatPhone`), isolated left to right so that in Urdu its "+" and digit groups
 * keep their order and do not reorder the words around it (issue 10, kinds 1 and 7).
 */
export function PhoneNumber({ value }: { value: string }) {
  const country = useProgramCountry();
  return (
    <bdi dir="ltr" class="phone">
      {formatPhone(value, country)}
    </bdi>
  );
}
