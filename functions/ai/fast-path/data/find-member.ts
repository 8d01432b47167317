import { and, eq, ilike } from 'drizzle-orm'
import { companyMembers } from '../../../../db/schema'
import { escapeLike } from '../../../lib/search'
import type { FastContext } from '../fast-context'

/** Words that stand where a name would, but are not one. */
const NOT_A_NAME = /^(?:i|we|you|they|he|she|it|the|my|our|this|that|team|crew|everyone|everybody|techs?|guys|staff|job|jobs|who|what|which|customer|client)$/

/**
 * The one team member a first name points to. Members are known by their email, so "Mike"
 * is mike@… or mike.r@…; null when nobody or several match.
 */
export async function findMember(ctx: FastContext, name: string): Promise<{ userId: string; email: string } | null> {
  if (NOT_A_NAME.test(name)) return null
  const members = await ctx.tx
    .select({ userId: companyMembers.userId, email: companyMembers.email })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, ctx.companyId!), ilike(companyMembers.email, `${escapeLike(name)}%`)))
    .limit(2)
  return members.length === 1 ? members[0]! : null
}
