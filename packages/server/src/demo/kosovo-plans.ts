import type { ActivityRunner } from './activity-runner';
import type { KosovoPeople } from './kosovo-people';

// Kosovo seed: mentors and mentees "identify needs from basic to specific, design action plans" and
// work "jointly on curriculum planning, classroom management and assessment (for example preparing
// a test together)". Texts are the people's own words, in Albanian.

/** Ids the later parts of the demo link to. */
export interface KosovoPlanIds {
  modules: { planning: string; assessment: string; management: string };
  needs: { planning: string; assessment: string; realLife: string; physics: string; maths: string };
  goals: { planning: string; assessment: string; physics: string; maths: string };
  /** The goal action "prepare the chemistry test together", done at the third group meeting. */
  jointTest: string;
}

type Status = 'planned' | 'in_progress' | 'done';

/** Needs identified in month 1, goals and actions built on them, reviews as the months pass. */
export async function seedKosovoPlans(r: ActivityRunner, p: KosovoPeople): Promise<KosovoPlanIds> {
  const module = async (sq: string, en: string, order: number, description: string) => {
    const id = r.id();
    await r.run(p.adminId, r.at(182, 9), 'trainingModule.create', {
      id,
      programId: p.programId,
      name: { sq, en },
      description: { sq: description },
      sortOrder: order,
    });
    return id;
  };
  const modules = {
    planning: await module(
      'Planifikimi i mësimit me bazë kompetenca',
      'Competency-based lesson planning',
      1,
      'Nga rezultatet e të nxënit të kurrikulës bërthamë te plani vjetor, dyjavor dhe ditor.',
    ),
    assessment: await module(
      'Vlerësimi formativ dhe vlerësimi për të nxënë',
      'Formative assessment and assessment for learning',
      2,
      'Kriteret e suksesit, reagimi për nxënësin, testet me nivele të arritjes.',
    ),
    management: await module(
      'Menaxhimi i klasës dhe klima pozitive',
      'Classroom management and a positive climate',
      3,
      'Rutinat, puna në grupe me role dhe përfshirja e të gjithë nxënësve.',
    ),
  };

  const pair = (owner: string) => ({ groupId: p.groupId, ownerPersonId: owner, partnerPersonId: p.mentor });
  const need = async (
    by: string,
    owner: string,
    daysAgo: number,
    level: string,
    areaKey: string,
    source: string,
    description: string,
    moduleId: string | null = null,
  ) => {
    const id = r.id();
    await r.run(by, r.at(daysAgo, 13), 'need.record', {
      id,
      ...pair(owner),
      level,
      areaKey,
      source,
      moduleId,
      description,
    });
    return id;
  };
  const needs = {
    planning: await need(
      p.mentor,
      p.teacher,
      170,
      'basic',
      'curriculum-planning',
      'meeting',
      'Planifikimi i orëve të kimisë nisur nga rezultatet e të nxënit për kompetenca, e jo vetëm nga përmbajtja e tekstit shkollor.',
      modules.planning,
    ),
    assessment: await need(
      p.mentor,
      p.teacher,
      170,
      'intermediate',
      'assessment',
      'meeting',
      "Vlerësimi formativ gjatë orës: si ta kuptoj në kohë se kush nuk e ka kuptuar mësimin dhe si t'u jap nxënësve reagim të dobishëm.",
      modules.assessment,
    ),
    realLife: await need(
      p.teacher,
      p.teacher,
      167,
      'specific',
      'competency-based-teaching',
      'self',
      "Punët laboratorike në kimi dhe biologji t'i lidh me situata nga jeta e përditshme, që nxënësit ta zbatojnë dijen e jo vetëm ta mësojnë përmendsh.",
    ),
    physics: await need(
      p.mentor,
      p.physics,
      165,
      'intermediate',
      'competency-based-teaching',
      'meeting',
      'Të ndërtoj detyra problemore në fizikë ku nxënësit shpjegojnë arsyetimin e tyre, jo vetëm rezultatin përfundimtar.',
    ),
    maths: await need(
      p.maths,
      p.maths,
      164,
      'intermediate',
      'assessment',
      'self',
      'Hartimi i testeve që matin nivelet e arritjes së kompetencave, me pyetje të niveleve të ndryshme të vështirësisë.',
      modules.assessment,
    ),
  };

  const goal = async (owner: string, daysAgo: number, needIds: string[], title: string) => {
    const id = r.id();
    await r.run(p.mentor, r.at(daysAgo, 14), 'goal.create', { id, ...pair(owner), needIds, title });
    return id;
  };
  const goals = {
    planning: await goal(
      p.teacher,
      163,
      [needs.planning, needs.realLife],
      'Çdo njësi mësimore e kimisë të planifikohet nga rezultatet e të nxënit, me të paktën një detyrë nga jeta reale.',
    ),
    assessment: await goal(
      p.teacher,
      163,
      [needs.assessment],
      "Të përdor vlerësimin formativ në çdo orë dhe t'u jap nxënësve reagim me shkrim një herë në javë.",
    ),
    physics: await goal(
      p.physics,
      160,
      [needs.physics],
      'Në secilën njësi të fizikës të ketë një detyrë problemore ku nxënësit arsyetojnë me zë.',
    ),
    maths: await goal(
      p.maths,
      158,
      [needs.maths],
      'Të përgatisim bashkërisht një test me nivele për matematikën e klasës së 12-të.',
    ),
  };

  // [goal, assignee, title, added (days ago), due (days ago; negative: still to come), status, review]
  const actions: [string, string, string, number, number, Status, string?][] = [
    [
      goals.planning,
      p.teacher,
      'Të hartoj planin dyjavor për kapitullin “Reaksionet kimike” sipas shabllonit të kurrikulës',
      162,
      150,
      'done',
      'Plani u përfundua dhe u diskutua me mentoren; rezultatet e të nxënit tani janë të shkruara me fjalët e nxënësit.',
    ],
    [
      goals.planning,
      p.teacher,
      'Të vëzhgoj një orë të gjeografisë së mentores për të parë si i lidh temat me situata reale',
      150,
      128,
      'done',
      'E vëzhgova orën për ndryshimet klimatike; ideja e debatit me dy grupe më duket e zbatueshme edhe në biologji.',
    ],
    [
      goals.planning,
      p.teacher,
      'Të përgatis tri situata problemore nga jeta në Drenas për kapitullin e acideve dhe bazave',
      60,
      -14,
      'in_progress',
    ],
    [
      goals.assessment,
      p.teacher,
      'Të përgatisim bashkërisht testin e kimisë për klasën e 11-të me pyetje në tri nivele',
      140,
      112,
      'done',
      'Testi u përgatit në takimin e grupit dhe u zhvillua në dy paralele; pyetjet e nivelit të tretë i zgjidhën 9 nga 27 nxënës.',
    ],
    [
      goals.assessment,
      p.teacher,
      'Të përdor fletëdaljen (tri pyetje të shkurtra) në fund të çdo ore',
      95,
      -30,
      'in_progress',
    ],
    // The one overdue action the demo shows to both of the pair.
    [
      goals.assessment,
      p.teacher,
      'Të hartoj një rubrikë vlerësimi për raportin e punës laboratorike',
      44,
      12,
      'planned',
    ],
    [
      goals.physics,
      p.physics,
      'Të përgatis dy detyra problemore me situata nga trafiku në rrugën Drenas–Prishtinë',
      158,
      135,
      'done',
    ],
    [
      goals.maths,
      p.mentor,
      'Të sjell në takimin e grupit shembuj testesh me nivele nga trajnimi për vlerësimin',
      156,
      112,
      'done',
    ],
  ];
  let jointTest = '';
  for (const [goalId, assignee, title, added, due, status, review] of actions) {
    const id = r.id();
    if (title.startsWith('Të përgatisim bashkërisht')) jointTest = id;
    // The demo teacher adds to their own plan; the mentor writes the other teachers' with them.
    await r.run(assignee === p.teacher ? p.teacher : p.mentor, r.at(added, 14, 30), 'action.add', {
      id,
      goalId,
      title,
      assigneePersonId: assignee,
      dueDate: r.date(due),
      status: status === 'done' ? 'in_progress' : status,
    });
    if (status !== 'done') continue;
    const finished = Math.max(due + 1, 1);
    if (review) await r.run(assignee, r.at(finished, 15), 'action.review', { id: r.id(), actionId: id, text: review });
    await r.run(assignee, r.at(finished, 15, 5), 'action.update', { id, status: 'done' });
  }
  return { modules, needs, goals, jointTest };
}

/** Marks next steps from observations done, as the teacher does once they are part of every lesson. */
export async function completeActions(r: ActivityRunner, by: string, done: [string, number, string?][]) {
  for (const [id, daysAgo, review] of done) {
    if (review) await r.run(by, r.at(daysAgo, 16), 'action.review', { id: r.id(), actionId: id, text: review });
    await r.run(by, r.at(daysAgo, 16, 5), 'action.update', { id, status: 'done' });
  }
}
