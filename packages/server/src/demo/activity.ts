import type { Clock } from '../clock';
import type { CommandTable } from '../commands/run';
import type { Db } from '../db/connect';
import { ActivityRunner } from './activity-runner';
import { seedKosovoMeetings } from './kosovo-meetings';
import { seedKosovoObservations } from './kosovo-observations';
import { findKosovoPeople, personByLogin } from './kosovo-people';
import { seedKosovoPlans } from './kosovo-plans';
import { seedKosovoPortfolio } from './kosovo-portfolio';
import { demoLogin } from './logins';
import { createIds } from './prng';
import { seedPtmpCalendar } from './ptmp-calendar';
import { seedPtmpConcerns } from './ptmp-concerns';
import { seedPtmpFeedback } from './ptmp-feedback';

// Any fixed number, other than the roster's: the activity's ids stay the same from run to run.
const ACTIVITY_ID_SEED = 0x61637476;

/** A few portfolio entries in Urdu by the PTMP demo mentor and teacher, so the portfolio PDF has an Urdu sample. */
async function seedPtmpPortfolio(r: ActivityRunner, db: Db): Promise<void> {
  const mentor = await personByLogin(db, demoLogin('PTMP Balochistan', 'mentor').login);
  const teacher = await personByLogin(db, demoLogin('PTMP Balochistan', 'teacher').login);
  const group = await db
    .selectFrom('groupMembers as m')
    .innerJoin('groups as g', 'g.id', 'm.groupId')
    .select(['g.id', 'g.programId'])
    .where('m.personId', '=', mentor)
    .where('m.role', '=', 'mentor')
    .executeTakeFirstOrThrow();
  const write = (author: string, partner: string | null, daysAgo: number, visibility: string, answers: object) =>
    r.run(author, r.at(daysAgo, 17), 'reflection.write', {
      id: r.id(),
      programId: group.programId,
      authorPersonId: author,
      groupId: partner ? group.id : null,
      partnerPersonId: partner,
      answers,
      entryDate: r.date(daysAgo),
      visibility,
    });
  await write(teacher, mentor, 60, 'pair', {
    describe: 'آج میں نے تیسری جماعت کو انگریزی کے نئے الفاظ تصویروں کی مدد سے پڑھائے۔',
    interpret: 'بچے اپنی مادری زبان میں بات کر کے زیادہ سمجھ رہے تھے۔',
    plan: 'اگلے ہفتے میں ہر سبق کے آخر میں پانچ منٹ سوال جواب کے لیے رکھوں گی۔',
  });
  await write(teacher, null, 15, 'author', {
    describe: 'کلسٹر میٹنگ میں دوسری استانیوں نے بتایا کہ وہ کہانی سے سبق شروع کرتی ہیں۔',
    plan: 'میں بھی اگلے مہینے ہر نئے سبق کا آغاز ایک چھوٹی کہانی سے کروں گی۔',
  });
  await write(mentor, null, 40, 'author', {
    describe: 'اس مہینے میں نے اپنے کلسٹر کے چھ اسکولوں کا دورہ کیا۔',
    evaluate: 'دور کے اسکولوں تک پہنچنے میں پورا دن لگ جاتا ہے، اس لیے ہر استاد کے ساتھ وقت کم رہتا ہے۔',
  });
}

/**
 * Six months of activity before `clock`'s today, played through the real command table inside the
 * seed's transaction (issue 8, point 9): for the Drenas gymnasium's demo mentor and her group —
 * needs, plans, observations both ways, meetings, portfolios — and a few Urdu entries for PTMP;
 * then PTMP's year in every cluster: meetings, concerns, follow-up visits, feedback (issue 9).
 */
export async function seedActivity(trx: Db, clock: Clock, commands: CommandTable): Promise<void> {
  const r = new ActivityRunner(trx, commands, clock, createIds(ACTIVITY_ID_SEED));
  const people = await findKosovoPeople(trx);
  const plan = await seedKosovoPlans(r, people);
  const observations = await seedKosovoObservations(r, people, plan);
  const meetings = await seedKosovoMeetings(r, people, plan);
  await seedKosovoPortfolio(r, people, plan, observations, meetings);
  await seedPtmpPortfolio(r, trx);
  const ptmp = await trx
    .selectFrom('programs')
    .select('id')
    .where('name', '=', 'PTMP Balochistan')
    .executeTakeFirstOrThrow();
  const clusters = await seedPtmpCalendar(r, trx, ptmp.id, clock.now());
  // Issue 9, point 9: the year's concerns, follow-up visits and feedback in every cluster.
  const teacher = await personByLogin(trx, demoLogin('PTMP Balochistan', 'teacher').login);
  for (const [i, cluster] of clusters.entries()) {
    await seedPtmpConcerns(r, trx, cluster, i, clock.now(), teacher);
    await seedPtmpFeedback(r, trx, cluster, i, clock.now(), teacher);
  }
}
