import type { ActivityRunner } from './activity-runner';
import type { KosovoMeetingIds } from './kosovo-meetings';
import type { KosovoObservationIds } from './kosovo-observations';
import type { KosovoPeople } from './kosovo-people';
import type { KosovoPlanIds } from './kosovo-plans';

type Visibility = 'author' | 'pair' | 'group';
type Link = [type: 'meeting' | 'observation' | 'goal' | 'module', id: string] | null;

interface Entry {
  author: string;
  /** The mentor, or the mentee for the mentor's entries; null: a private note outside any pair. */
  partner: string | null;
  daysAgo: number;
  visibility: Visibility;
  link: Link;
  answers: Partial<Record<'describe' | 'interpret' | 'evaluate' | 'plan', string>>;
}

/** A sentence of the demo teacher's portfolio; the PDF test reads it back. */
export const JOINT_TEST_SENTENCE = 'Përgatitëm bashkërisht testin e kimisë me pyetje në tri nivele.';

/**
 * Portfolio entries of the mentor, the demo teacher and two colleagues (who write in Serbian, Latin
 * and Cyrillic), some private, some for the pair, one for the group; one private entry the teacher
 * shares with a named colleague. Kosovo seed: teachers feared mentoring as inspection; mentors
 * lacked time to reflect — both show up in what they write.
 */
export async function seedKosovoPortfolio(
  r: ActivityRunner,
  p: KosovoPeople,
  plan: KosovoPlanIds,
  obs: KosovoObservationIds,
  meet: KosovoMeetingIds,
): Promise<void> {
  const entries: Entry[] = [
    {
      author: p.mentor,
      partner: null,
      daysAgo: 171,
      visibility: 'author',
      link: ['meeting', meet.first],
      answers: {
        describe:
          'Në takimin e parë erdhën të gjashtë kolegët. Disa pyetën nëse shënimet e mentorimit do t’i shohë drejtoria apo inspektorati.',
        interpret:
          'Frika nga inspektimi është e kuptueshme: për vite me radhë vëzhgimi i orës ka qenë kontroll. Duhet ta ndërtoj besimin para se të vëzhgoj.',
        plan: 'Do ta ftoj dikë nga grupi ta vëzhgojë orën time para se të vëzhgoj unë orët e tyre.',
      },
    },
    {
      author: p.teacher,
      partner: p.mentor,
      daysAgo: 166,
      visibility: 'author',
      link: ['goal', plan.goals.planning],
      answers: {
        describe:
          'Sot shkruam me mentoren nevojat e mia. Në fillim më dukej si kontroll, por biseda ishte e qetë dhe kolegiale.',
        interpret:
          'Kuptova që problemi im nuk është përmbajtja e kimisë, por si ta planifikoj orën nga ajo që nxënësi duhet të dijë të bëjë.',
        plan: 'Do ta rishkruaj planin dyjavor për reaksionet kimike deri në fund të muajit.',
      },
    },
    {
      author: p.teacher,
      partner: p.mentor,
      daysAgo: 148,
      visibility: 'pair',
      link: ['observation', obs.first],
      answers: {
        describe: 'Mimoza vëzhgoi orën time të kimisë për reaksionet e oksido-reduktimit.',
        interpret: 'Nxënësit ishin aktivë, por pyetjet e mia kërkonin vetëm kujtesë.',
        evaluate: 'Shembulli me ndryshkun e hekurit ishte pjesa më e mirë e orës.',
        plan: 'Në çdo orë do t’i shkruaj rezultatet e të nxënit në tabelë dhe do t’u rikthehem në fund.',
      },
    },
    {
      author: p.mentor,
      partner: p.teacher,
      daysAgo: 129,
      visibility: 'pair',
      link: ['observation', obs.ofMentor],
      answers: {
        describe: 'Arbeni vëzhgoi orën time të gjeografisë për ndryshimet klimatike.',
        evaluate:
          'Ishte e vlefshme të dëgjoja se mbyllja ishte e nxituar; unë e kisha ndjerë, por nuk e kisha parë kaq qartë.',
        plan: 'Do t’i ftoj edhe kolegët e tjerë të grupit në orët e mia këtë gjysmëvjetor.',
      },
    },
    {
      author: p.physics,
      partner: p.mentor,
      daysAgo: 119,
      visibility: 'pair',
      link: ['observation', obs.physics],
      answers: {
        describe:
          'Danas je Mimoza posmatrala moj čas fizike o drugom Njutnovom zakonu. Učenici su rešavali zadatke, ali retko su objašnjavali svoje rezonovanje.',
        plan: 'Pripremiću zadatke iz svakodnevnog života, na primer kočenje automobila na putu Glogovac–Priština.',
      },
    },
    {
      author: p.teacher,
      partner: p.mentor,
      daysAgo: 111,
      visibility: 'author',
      link: ['meeting', meet.jointTest],
      answers: {
        describe: `${JOINT_TEST_SENTENCE} Jehona dhe Mimoza punuan në të njëjtën kohë testin e matematikës.`,
        interpret: 'Për herë të parë pashë se si një pyetje mund të matë zbatimin e dijes e jo vetëm kujtesën.',
        plan: 'Do ta provoj testin në dy paralele dhe do t’i krahasoj rezultatet me Jehonën.',
      },
    },
    {
      author: p.maths,
      partner: p.mentor,
      daysAgo: 74,
      visibility: 'pair',
      link: ['observation', obs.maths],
      answers: {
        describe:
          'Посматрање мог часа математике показало је да сви ученици раде исте задатке, без обзира на ниво знања.',
        plan: 'Припремићу радне листове са задацима на три нивоа тежине.',
      },
    },
    {
      author: p.mentor,
      partner: null,
      daysAgo: 60,
      visibility: 'author',
      link: null,
      answers: {
        describe: 'Këtë muaj kisha 24 orë mësimi në javë dhe tri vëzhgime. Reflektimi mbetet gjithmonë i fundit.',
        evaluate: 'Pa kohë për reflektim, mentorimi bëhet vetëm plotësim i formularëve.',
        plan: 'Do t’i kërkoj drejtoreshës një orë në javë në orar vetëm për mentorim.',
      },
    },
    {
      author: p.teacher,
      partner: p.mentor,
      daysAgo: 44,
      visibility: 'pair',
      link: ['observation', obs.third],
      answers: {
        describe: 'Ora me matjen e pH-së ishte ora ime më e mirë këtë vit.',
        interpret: 'Kur nxënësit sjellin diçka nga shtëpia, pyetjet i bëjnë vetë ata.',
        plan: 'Rubrikën e raportit laboratorik duhet ta përfundoj; e kam shtyrë shumë.',
      },
    },
    {
      author: p.mentor,
      partner: null,
      daysAgo: 21,
      visibility: 'group',
      link: ['meeting', meet.management],
      answers: {
        describe: 'Pas gjashtë muajsh, grupi ynë i fton kolegët në orë pa pasur frikë.',
        plan: 'Në gjysmëvjetorin e dytë secili nga ne fton një koleg në orë së paku një herë në muaj.',
      },
    },
    {
      author: p.teacher,
      partner: null,
      daysAgo: 9,
      visibility: 'author',
      link: ['module', plan.modules.assessment],
      answers: {
        describe: 'Fletëdaljet po më tregojnë çdo ditë kush ka mbetur prapa.',
        evaluate: 'Reagimi me shkrim më merr kohë, por nxënësit e lexojnë.',
      },
    },
  ];
  let jointTestEntry = '';
  for (const e of entries) {
    const id = r.id();
    if (e.link?.[1] === meet.jointTest) jointTestEntry = id;
    const inGroup = e.partner !== null || e.visibility === 'group';
    await r.run(e.author, r.at(e.daysAgo, 18), 'reflection.write', {
      id,
      programId: p.programId,
      authorPersonId: e.author,
      groupId: inGroup ? p.groupId : null,
      partnerPersonId: e.partner,
      answers: e.answers,
      linkedType: e.link?.[0] ?? null,
      linkedId: e.link?.[1] ?? null,
      entryDate: r.date(e.daysAgo),
      visibility: e.visibility,
    });
  }
  // The teacher shares the private entry about the joint test with the colleague who made the maths one.
  await r.run(p.teacher, r.at(108, 12), 'content.share', {
    id: r.id(),
    table: 'reflections',
    recordId: jointTestEntry,
    personId: p.maths,
  });
}
