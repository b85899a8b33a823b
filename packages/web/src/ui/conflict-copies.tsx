import type { ConflictCopy } from '@mentora/core';
import { useState } from 'preact/hooks';
import { formatDate } from '../app/format';
import { t } from '../i18n';
import { localDb } from '../store/device';
import { useLive } from '../store/live';
import { conflictCopies } from '../store/queries';
import { FieldValue, isolatedText, LTR_FIELDS, ltrText } from './ltr';

const FIELD_LABELS: Record<string, string> = {
  fullName: 'person.fullName',
  phone: 'person.phone',
  email: 'person.email',
  emisId: 'person.emisId',
  name: 'groups.name',
};

async function copy(text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain HTTP on a LAN): select the text so the user can copy it themselves.
    if (fallback) {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}

function CopyRow({ c }: { c: ConflictCopy }) {
  const [done, setDone] = useState(false);
  const id = `conflict-${c.id}`;
  return (
    <li class="conflict">
      <p>
        <span class="muted">{FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field] as string) : c.field} · </span>
        {t('conflict.replaced')} «
        <span id={id} class="kept-text">
          <FieldValue field={c.field}>{c.keptText}</FieldValue>
        </span>
        »
      </p>
      <p class="muted">
        {t('conflict.when', {
          date: formatDate(c.createdAt),
          text: LTR_FIELDS.has(c.field) ? ltrText(c.winningText) : isolatedText(c.winningText),
        })}
      </p>
      <button
        type="button"
        class="button secondary small"
        onClick={async () => setDone(await copy(c.keptText, document.getElementById(id)))}
      >
        {t('conflict.copy')}
      </button>
      {done && (
        <span class="muted" role="status">
          {' '}
          {t('conflict.copied')}
        </span>
      )}
    </li>
  );
}

/**
 * Texts another device typed that a later edit replaced (ARCHITECTURE §5): kept on the record and
 * shown here with a way to copy them, so nothing typed is silently lost.
 */
export function ConflictCopies({ recordId }: { recordId: string }) {
  const copies = useLive(localDb.value, (db) => conflictCopies(db, recordId), [recordId]).value ?? [];
  if (copies.length === 0) return null;
  return (
    <section class="card conflicts" aria-labelledby={`conflicts-${recordId}`} data-testid="conflict-copies">
      <h2 id={`conflicts-${recordId}`}>{t('conflict.title')}</h2>
      <ul class="list">
        {copies.map((c) => (
          <CopyRow key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}
