import { DEFAULT_PORTFOLIO_PROMPT_SET } from '../model/portfolio-keys';
import type { ContentShare, Reflection } from '../model/reflection';
import type { SyncTable } from '../sync/tables';
import { table } from './device-area';
import { created, type Mutators } from './row-store';

type ReflectionCommand =
  | 'reflection.write'
  | 'reflection.update'
  | 'reflection.setVisibility'
  | 'reflection.delete'
  | 'content.share'
  | 'content.unshare';

/**
 * Portfolio entries and the shares their authors gave: the tables a device holds (a share reaches
 * only its author's devices; the person it names receives the record itself), and the answers
 * that keep a conflict copy when two devices edit one entry.
 */
export const reflectionsDevice = {
  tables: {
    reflections: table<Reflection>('authorPersonId', 'ownerPersonId', 'entryDate'),
    contentShares: table<ContentShare>('recordId'),
  },
  conflictFields: { 'reflection.update': { table: 'reflections', fields: ['answers'] } },
} as const;

const trimAll = (answers: Record<string, string>) =>
  Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.trim()]));

/** Portfolio entries and shares (server: modules/reflections/commands.ts and sharing.ts). */
export const reflectionMutators: Mutators<ReflectionCommand> = {
  'reflection.write': {
    creates: true,
    async apply(rows, a, now) {
      // As the server: an entry written with one's mentee belongs to the mentee (who alone shares it).
      const partner = a.partnerPersonId ?? null;
      const mentoring =
        partner !== null && a.groupId
          ? (await rows.find('groupMembers', 'groupId', a.groupId)).some(
              (m) => m.personId === a.authorPersonId && m.role === 'mentor' && m.deletedAt === null,
            )
          : false;
      await rows.put('reflections', {
        id: a.id,
        programId: a.programId,
        groupId: a.groupId ?? null,
        ownerPersonId: mentoring && partner !== null ? partner : a.authorPersonId,
        partnerPersonId: mentoring ? a.authorPersonId : partner,
        authorPersonId: a.authorPersonId,
        visibility: a.visibility ?? 'author',
        // The program's own set, if it chose one, comes back with the server's answer.
        promptSetKey: a.promptSetKey ?? DEFAULT_PORTFOLIO_PROMPT_SET,
        answers: trimAll(a.answers),
        linkedType: a.linkedType ?? null,
        linkedId: a.linkedId ?? null,
        entryDate: a.entryDate,
        ...created(now),
      });
    },
  },
  'reflection.update': {
    base: 'reflections',
    async apply(rows, a, now) {
      const row = await rows.get('reflections', a.id);
      if (!row) return;
      await rows.put('reflections', {
        ...row,
        ...(a.answers ? { answers: trimAll(a.answers) } : {}),
        ...(a.entryDate ? { entryDate: a.entryDate } : {}),
        ...(a.linkedType !== undefined ? { linkedType: a.linkedType, linkedId: a.linkedId ?? null } : {}),
        updatedAt: now,
      });
    },
  },
  'reflection.setVisibility': {
    async apply(rows, a, now) {
      const row = await rows.get('reflections', a.id);
      if (row) await rows.put('reflections', { ...row, visibility: a.visibility, updatedAt: now });
    },
  },
  'reflection.delete': { apply: (rows, a) => rows.remove('reflections', a.id) },
  'content.share': {
    creates: true,
    async apply(rows, a, now) {
      // Only the teacher the record is about shares it (policy/content.ts), so they are the giver; a
      // table this device lacks shows nothing.
      const record = (await rows.get(a.table as SyncTable, a.recordId).catch(() => undefined)) as
        | { programId?: string; ownerPersonId?: string }
        | undefined;
      if (!record?.ownerPersonId || !record.programId) return;
      await rows.put('contentShares', {
        id: a.id,
        programId: record.programId,
        tableName: a.table,
        recordId: a.recordId,
        personId: a.personId,
        grantedByPersonId: record.ownerPersonId,
        revokedAt: null,
        ...created(now),
      });
    },
  },
  'content.unshare': {
    async apply(rows, a, now) {
      const row = await rows.get('contentShares', a.id);
      if (row && row.revokedAt === null) await rows.put('contentShares', { ...row, revokedAt: now, updatedAt: now });
    },
  },
};
