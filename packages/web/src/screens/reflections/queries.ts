import { isCurrentMember } from '@mentora/core/policy';
import type { ContentShare, Reflection } from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

// Local-store reads for the portfolio screens: everything here works offline.

/** The user's own entries, newest first (entry date, then time written). */
export async function myReflections(db: LocalDb, personId: string): Promise<Reflection[]> {
  const rows = await db.rows('reflections').where('authorPersonId').equals(personId).toArray();
  return rows.sort((a, b) => b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt));
}

/** The shares the user gave of one record, with the names of the people they name (if on this phone). */
export async function sharesOf(db: LocalDb, recordId: string): Promise<(ContentShare & { name: string | null })[]> {
  const shares = await db.rows('contentShares').where('recordId').equals(recordId).toArray();
  const people = await db.rows('persons').bulkGet(shares.map((s) => s.personId));
  return shares
    .map((s, i) => ({ ...s, name: people[i]?.fullName ?? null }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A group the user is in, with the people on the other side of the pair (mentor ↔ mentees). */
export interface PairChoice {
  groupId: string;
  groupName: string;
  partners: { personId: string; fullName: string }[];
}

/** The groups the user is a current member of, each with whom they could write an entry for. */
export async function pairChoices(db: LocalDb, personId: string, day: string): Promise<PairChoice[]> {
  const mine = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter((m) =>
    isCurrentMember(m, day),
  );
  const out: PairChoice[] = [];
  for (const m of mine) {
    const group = await db.rows('groups').get(m.groupId);
    if (!group) continue;
    const others = (await db.rows('groupMembers').where('groupId').equals(m.groupId).toArray()).filter(
      (o) => o.personId !== personId && o.role !== m.role && isCurrentMember(o, day),
    );
    const people = await db.rows('persons').bulkGet(others.map((o) => o.personId));
    out.push({
      groupId: group.id,
      groupName: group.name,
      partners: people.flatMap((p) => (p ? [{ personId: p.id, fullName: p.fullName }] : [])),
    });
  }
  return out;
}

/** People on this phone the user could share with (everyone but themselves), by name. */
export async function peopleOnDevice(db: LocalDb, personId: string) {
  const people = await db.rows('persons').toArray();
  return people
    .filter((p) => p.id !== personId)
    .map((p) => ({ personId: p.id, fullName: p.fullName }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));
}
