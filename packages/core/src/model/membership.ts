// No zod here: the web app takes this rule through `@mentora/core/policy`.

/**
 * A membership is current on `day` (ISO date, YYYY-MM-DD) when it has started, has not ended before
 * that day (the end day still counts) and is not deleted (a view without `deletedAt` holds no deleted rows). The server's SQL form is
 * `db/current-membership.ts`; screens, the policy and the device's queries use this one.
 */
export function isCurrentMember(
  m: { startDate: string; endDate: string | null; deletedAt?: string | null },
  day: string,
): boolean {
  return (m.deletedAt ?? null) === null && m.startDate <= day && (m.endDate === null || m.endDate >= day);
}
