import {
  AppError,
  type ContentMeta,
  contentResource,
  mayChooseVisibility,
  type ProgramSettings,
  portfolioPromptSet,
  type ReflectionLinkType,
  type reflectionsCore,
} from '@mentora/core';
import type { AreaHandlers, LinkTitles } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { assertPair, mentorPair } from '../../content/pair';
import { parseJsonObject } from '../../db/json';
import { findPerson } from '../persons/queries';
import { findReflection, REFLECTIONS, reflectionResources, reflectionRowToReflection } from './queries';

type ReflectionCommands = Omit<typeof reflectionsCore.commands, 'content.share' | 'content.unshare'>;

async function loadReflection(ctx: CommandContext, id: string) {
  const row = await findReflection(ctx.trx, id);
  const resource = row ? (await reflectionResources(ctx.trx, [row])).get(row.id) : undefined;
  if (!row || !resource || resource.type !== 'content') throw new AppError('not_found', 'Reflection not found');
  return { row, resource };
}

/** The program's prompt set (its `settings.portfolioPromptSet`, else the default) unless one is named. */
async function promptSetFor(ctx: CommandContext, programId: string, named: string | undefined) {
  if (named) return portfolioPromptSet(named);
  const program = await ctx.trx
    .selectFrom('programs')
    .select('settings')
    .where('id', '=', programId)
    .executeTakeFirst();
  return portfolioPromptSet(program ? parseJsonObject<ProgramSettings>(program.settings).portfolioPromptSet : null);
}

/** Refuses answers to prompts the set does not have (`validation_failed`, path `answers.<key>`). */
function assertAnswersFit(answers: Record<string, string>, set: ReturnType<typeof portfolioPromptSet>) {
  const keys = new Set(set.prompts.map((p) => p.key));
  const details = Object.keys(answers)
    .filter((k) => !keys.has(k))
    .map((k) => ({ path: `answers.${k}`, message: `not a prompt of the set ${set.key}` }));
  if (details.length) throw new AppError('validation_failed', 'These answers do not fit the prompts', details);
}

/**
 * Portfolio entries (issue 8, point 6). The writer is always the entry's owner and author; it is
 * theirs alone until they choose the pair or group, or share it (point 7: "A reflection is
 * readable by its author alone until shared").
 */
/**
 * A portfolio entry links only to an item its writer can read (issue 8 probe, finding 5: a colleague
 * linked his entry to the pair's observation and goal). `linkTitles` are the areas' title readers,
 * which answer only for items the actor may read. Errors: `validation_failed` on `linkedId`.
 */
async function assertLinkReadable(
  ctx: CommandContext,
  linkTitles: Partial<Record<ReflectionLinkType, LinkTitles>>,
  linkedType: ReflectionLinkType | null | undefined,
  linkedId: string | null | undefined,
): Promise<void> {
  if (!linkedType || !linkedId) return;
  const titles = await linkTitles[linkedType]?.(ctx.trx, ctx.actor, [linkedId]);
  if (!titles?.has(linkedId))
    throw new AppError('validation_failed', 'Link the entry to an item you can see', [
      { path: 'linkedId', message: `not a ${linkedType} you can read` },
    ]);
}

/** The reflection commands; `linkTitles` check what an entry links to. */
export const reflectionHandlers = (
  linkTitles: Partial<Record<ReflectionLinkType, LinkTitles>>,
): AreaHandlers<ReflectionCommands> => ({
  'reflection.write': async (ctx, input) => {
    if (input.authorPersonId !== ctx.actor.personId)
      throw new AppError('forbidden', 'A reflection is written by its author only', [
        { path: 'authorPersonId', message: 'must be you' },
      ]);
    const author = await findPerson(ctx.trx, input.authorPersonId);
    if (!author || author.programId !== input.programId)
      throw new AppError('validation_failed', 'You are not in this program', [
        { path: 'programId', message: 'not your program' },
      ]);
    // A pair entry names the pair and its group; a group entry its group (issue 8 probe finding 7).
    if (input.partnerPersonId !== null && input.groupId === null)
      throw new AppError('validation_failed', 'An entry written with someone names the group you share', [
        { path: 'groupId', message: 'required with a partner' },
      ]);
    if (input.visibility === 'pair' && input.partnerPersonId === null)
      throw new AppError('validation_failed', 'An entry for the pair names the other person of the pair', [
        { path: 'partnerPersonId', message: 'required for the pair' },
      ]);
    if (input.visibility === 'group' && input.groupId === null)
      throw new AppError('validation_failed', 'Only an entry made in a group can be shown to it', [
        { path: 'visibility', message: 'no group' },
      ]);
    // The teacher a pair entry is about owns it (and alone may share it), whoever of the two wrote it.
    let owner = author.id;
    let partner = input.partnerPersonId;
    if (input.groupId !== null) {
      const group = await ctx.trx
        .selectFrom('groups')
        .select('programId')
        .where('id', '=', input.groupId)
        .where('deletedAt', 'is', null)
        .executeTakeFirst();
      if (group?.programId !== input.programId)
        throw new AppError('validation_failed', 'Unknown group', [{ path: 'groupId', message: 'unknown group' }]);
      await assertPair(ctx, input.groupId, author.id, input.partnerPersonId);
      if (input.partnerPersonId !== null) {
        const pair = await mentorPair(ctx, input.groupId, author.id, input.partnerPersonId);
        owner = pair.menteePersonId;
        partner = pair.mentorPersonId;
      }
    }
    if (!mayChooseVisibility(author.id, { authorPersonId: author.id, ownerPersonId: owner }, input.visibility))
      throw new AppError('forbidden', 'Only the teacher it is about shows their own entry to the group', [
        { path: 'visibility', message: 'an entry written for your pair is not yours to show to the group' },
      ]);
    const set = await promptSetFor(ctx, input.programId, input.promptSetKey);
    assertAnswersFit(input.answers, set);
    await assertLinkReadable(ctx, linkTitles, input.linkedType, input.linkedId);
    const meta: ContentMeta = {
      kind: REFLECTIONS.kind,
      programId: input.programId,
      path: '/',
      groupId: input.groupId,
      ownerPersonId: owner,
      partnerPersonId: partner,
      authorPersonId: author.id,
      visibility: input.visibility,
    };
    ensure(ctx.actor, 'create', contentResource(meta), 'reflection');
    const row = {
      ...(await created(ctx, input.id)),
      programId: input.programId,
      groupId: input.groupId,
      ownerPersonId: owner,
      partnerPersonId: partner,
      authorPersonId: author.id,
      visibility: input.visibility,
      promptSetKey: set.key,
      answers: JSON.stringify(input.answers),
      linkedType: input.linkedType,
      linkedId: input.linkedId,
      entryDate: input.entryDate,
    };
    await ctx.trx.insertInto('reflections').values(row).execute();
    return reflectionRowToReflection(row);
  },

  'reflection.update': async (ctx, input) => {
    const { row, resource } = await loadReflection(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'reflection');
    if (input.answers) assertAnswersFit(input.answers, portfolioPromptSet(row.promptSetKey));
    if (input.linkedType !== undefined) await assertLinkReadable(ctx, linkTitles, input.linkedType, input.linkedId);
    const changes = {
      ...(input.answers ? { answers: JSON.stringify(input.answers) } : {}),
      ...(input.entryDate ? { entryDate: input.entryDate } : {}),
      ...(input.linkedType !== undefined ? { linkedType: input.linkedType, linkedId: input.linkedId ?? null } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('reflections').set(changes).where('id', '=', row.id).execute();
    return reflectionRowToReflection({ ...row, ...changes });
  },

  'reflection.setVisibility': async (ctx, input) => {
    const { row, resource } = await loadReflection(ctx, input.id);
    // Who sees an entry is its author's choice alone (a reflection is edited by its author only), and
    // showing it to the group is the act of the teacher it is about (ADR 0021).
    ensure(ctx.actor, 'update', resource, 'reflection');
    if (!mayChooseVisibility(ctx.actor.personId, row, input.visibility))
      throw new AppError('forbidden', 'Only the teacher it is about shows their own entry to the group');
    if (input.visibility === 'group' && row.groupId === null)
      throw new AppError('validation_failed', 'Only a reflection made in a group can be shown to it', [
        { path: 'visibility', message: 'no group' },
      ]);
    if (input.visibility === 'pair' && row.partnerPersonId === null)
      throw new AppError(
        'validation_failed',
        'This entry was written without a partner: it has no pair to show it to',
        [{ path: 'visibility', message: 'no pair' }],
      );
    const changes = { visibility: input.visibility, ...(await touched(ctx)) };
    await ctx.trx.updateTable('reflections').set(changes).where('id', '=', row.id).execute();
    return reflectionRowToReflection({ ...row, ...changes });
  },

  'reflection.delete': async (ctx, input) => {
    const { row, resource } = await loadReflection(ctx, input.id);
    ensure(ctx.actor, 'delete', resource, 'reflection');
    await ctx.trx
      .updateTable('reflections')
      .set({ deletedAt: ctx.now, ...(await touched(ctx)) })
      .where('id', '=', row.id)
      .execute();
    return null;
  },
});
