import type { EditCommand, MutatedCommand } from '@mentora/core/mutators';
import type { CommandArgs } from '@mentora/core/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutboxEntry } from '../store/db';
import { dispatch, localDb, send } from '../store/device';
import { discardRejected } from '../store/outbox';
import { ApiError } from './api';

export type Outcome = 'applied' | 'pending';

/**
 * A form's write through the outbox: queued and applied locally at once, then sent. Online, the
 * form waits for the server's answer (an admin's screen shows server data); offline the change
 * is saved on the phone and the form says so. A refusal while the form is still open is shown in
 * the form, which still holds what was typed; otherwise it waits in "Changes not accepted".
 */
export function useDispatch() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  /**
   * `shown`: for an edit (`EditCommand`), the record as the screen displayed it — required, so
   * that a screen showing server data still sends a `base` and a losing text is kept (issue 10, kind 5).
   */
  async function run<N extends MutatedCommand>(
    name: N,
    args: CommandArgs<N>,
    ...shown: N extends EditCommand ? [shown: object] : []
  ): Promise<{ entry: OutboxEntry; outcome: Outcome } | null> {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const entry = await dispatch(name, args, shown[0]);
      const result = await send(entry);
      if (!mounted.current) return null;
      if (result.status === 'rejected') {
        const db = localDb.value;
        if (db) await discardRejected(db, result.key);
        setError(new ApiError(400, result.error.code, result.error.message, result.error.details ?? []));
        return null;
      }
      setOutcome(result.status);
      return { entry, outcome: result.status };
    } catch (e) {
      if (mounted.current) setError(e);
      return null;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  return {
    busy,
    error,
    outcome,
    run,
    reset: () => {
      setError(null);
      setOutcome(null);
    },
  };
}
