import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * "Current member on `day`" in SQL (`day`: an ISO date, YYYY-MM-DD): started on or before it, not
 * ended before it (the end day still counts), not deleted. The same rule as core's
 * `isCurrentMember`; `alias` names the group_members table when the query joins (`'m'`).
 */
export function currentMembership(day: string, alias?: string): Expression<SqlBool> {
  const col = (c: string) => sql.ref(alias ? `${alias}.${c}` : c);
  return sql<SqlBool>`(${col('deletedAt')} is null and ${col('startDate')} <= ${day} and (${col('endDate')} is null or ${col('endDate')} >= ${day}))`;
}
