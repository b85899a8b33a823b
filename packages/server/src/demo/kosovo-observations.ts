import type { ActivityRunner } from './activity-runner';
import { runCycle } from './cycle-script';
import type { KosovoPeople } from './kosovo-people';
import { completeActions, type KosovoPlanIds } from './kosovo-plans';

/** Observation ids the portfolio entries link to. */
export interface KosovoObservationIds {
  first: string;
  third: string;
  ofMentor: string;
  physics: string;
  maths: string;
}

/**
 * Three cycles mentor → demo teacher and one still to come, one each for two colleagues, and the
 * demo teacher observing the mentor's own lesson (Kosovo seed: mentors "invite colleagues to observe
 * the mentor's own lessons"). Responses use the default instrument's items.
 */
export async function seedKosovoObservations(
  r: ActivityRunner,
  p: KosovoPeople,
  plan: KosovoPlanIds,
): Promise<KosovoObservationIds> {
  const toMentee = {
    groupId: p.groupId,
    observer: p.mentor,
    direction: 'mentor_to_mentee',
    scheduledBy: p.mentor,
  } as const;
  const first = await runCycle(r, {
    ...toMentee,
    observed: p.teacher,
    lessonDaysAgo: 150,
    focus: ['planning-outcomes', 'instruction-questions', 'assessment-checking'],
    focusNeedIds: [plan.needs.planning, plan.needs.assessment],
    lesson: { subject: 'Kimi', grade: '11', topic: 'Reaksionet e oksido-reduktimit', classSize: 28 },
    notes: [
      [5, 'Ora nis me përsëritje të shkurtër të numrave të oksidimit; nxënësit përgjigjen në kor.'],
      [18, 'Shembulli me ndryshkun e hekurit e zgjoi interesin: tre nxënës pyetën për urat e qytetit.'],
      [40, 'Në fund mbetën vetëm dy minuta; detyra e shtëpisë u dha me nxitim.'],
    ],
    responses: [
      ['planning-outcomes', 'partly', 'Rezultatet e të nxënit ishin në planin e orës, por nxënësve nuk iu thanë.'],
      ['planning-flow', 3],
      ['climate-respect', 4, 'Marrëdhënie shumë e mirë me nxënësit; i thërret me emër.'],
      ['instruction-questions', 'partly', 'Shumica e pyetjeve ishin të nivelit të kujtesës; dy kërkonin shpjegim.'],
      ['assessment-checking', 2, 'Të kuptuarit u kontrollua vetëm me pyetjen “A e kuptuat?”.'],
      ['assessment-student-questions', 3],
      ['engagement-time-on-task', [22, 6, 25]],
    ],
    selfReflection:
      'Mendoja se ora shkoi mirë sepse nxënësit ishin aktivë, por tani shoh se nuk e di sa prej tyre e kuptuan balancimin e reaksioneve. Rezultatet e të nxënit i kisha në plan, por nuk ua thashë nxënësve. Shembulli me ndryshkun funksionoi; dua të përdor më shumë shembuj të tillë.',
    observerReflection:
      'Pajtohem që shembulli nga jeta e përditshme e ndryshoi atmosferën e orës. Pyetjet ishin kryesisht të nivelit të kujtesës; provo të shtosh pyetje “pse” dhe “çka do të ndodhte nëse”. Për kontrollin e të kuptuarit mund të përdorim kartela me ngjyra, pa humbur kohë. Ky është vëzhgim kolegial, jo inspektim: shënimet mbeten ndërmjet nesh.',
    nextSteps: [
      ['Të shkruaj rezultatet e të nxënit në tabelë në fillim të orës dhe t’u rikthehem në fund', 135],
      ['Të përdor kartela me ngjyra (“e kuptova” / “kam pyetje”) për kontroll të shpejtë', 125],
    ],
  });
  // The demo teacher recorded the classroom routine as a need of their own after the first cycle.
  await r.run(p.teacher, r.at(147, 12), 'need.record', {
    id: r.id(),
    groupId: p.groupId,
    ownerPersonId: p.teacher,
    partnerPersonId: p.mentor,
    level: 'basic',
    areaKey: 'classroom-management',
    source: 'observation',
    moduleId: plan.modules.management,
    description:
      'Kalimet ndërmjet aktiviteteve marrin shumë kohë në klasën 11-3; duhen rutina të qarta për punën në grupe.',
  });

  const ofMentor = await runCycle(r, {
    groupId: p.groupId,
    observer: p.teacher,
    observed: p.mentor,
    direction: 'mentee_to_mentor',
    scheduledBy: p.mentor,
    lessonDaysAgo: 130,
    focus: ['instruction-methods', 'competencies-link', 'engagement-talk'],
    lesson: {
      subject: 'Gjeografi',
      grade: '12',
      topic: 'Ndryshimet klimatike dhe ndikimi i tyre në bujqësinë e Kosovës',
      classSize: 30,
    },
    notes: [
      [3, 'Mentorja e nis orën me një fotografi të lumit Drenica në gusht.'],
      [20, 'Debat në dy grupe: “A duhet të ndryshojnë fermerët e Drenasit kulturat që mbjellin?”'],
    ],
    responses: [
      ['instruction-methods', 'yes', 'Punë me harta, një video e shkurtër dhe debat.'],
      ['competencies-link', 'yes', 'Nxënësit krahasuan të dhënat e reshjeve në Drenas për njëzet vjet.'],
      ['engagement-talk', 'yes'],
      ['engagement-participation', 4],
    ],
    selfReflection:
      'E ftova Arbenin të më vëzhgojë sepse edhe unë kam nevojë për një sy tjetër. Debati zgjati më shumë se sa e planifikova dhe mbyllja ishte e nxituar.',
    observerReflection:
      'Më bëri përshtypje si i lidhi të dhënat lokale me temën. Debati i përfshiu edhe nxënësit që zakonisht heshtin. Do ta provoj debatin me dy grupe në biologji.',
    nextSteps: [['Të planifikoj pesë minuta për mbylljen e debatit me një pyetje reflektuese', 110]],
  });
  await completeActions(r, p.mentor, [[ofMentor.actionIds[0] ?? '', 100]]);

  const physics = await runCycle(r, {
    ...toMentee,
    observed: p.physics,
    lessonDaysAgo: 120,
    focus: ['competencies-application', 'instruction-questions'],
    focusNeedIds: [plan.needs.physics],
    lesson: { subject: 'Fizikë', grade: '10', topic: 'Ligji i dytë i Njutonit', classSize: 29 },
    notes: [[15, 'Nxënësit zgjidhin detyrat me formulë, por pak prej tyre shpjegojnë pse.']],
    responses: [
      ['competencies-application', 2, 'Detyrat ishin të tekstit; asnjë situatë nga jeta.'],
      ['instruction-questions', 'partly'],
    ],
    selfReflection:
      'Kuptova se nxënësit e dinë formulën, por nuk mund ta shpjegojnë frenimin e një veture. Herën tjetër nis me një situatë.',
    observerReflection:
      'Ora ishte e strukturuar mirë. Një situatë nga rruga që nxënësit e njohin do ta bënte ligjin të prekshëm.',
    nextSteps: [['Të nis çdo njësi me një situatë nga jeta dhe të kërkoj shpjegim me zë', 90]],
  });
  await completeActions(r, p.physics, [[physics.actionIds[0] ?? '', 88]]);

  const second = await runCycle(r, {
    ...toMentee,
    observed: p.teacher,
    lessonDaysAgo: 105,
    focus: ['climate-routines', 'engagement-participation', 'assessment-feedback'],
    focusNeedIds: [plan.needs.assessment],
    lesson: { subject: 'Biologji', grade: '11', topic: 'Fotosinteza dhe frymëmarrja qelizore', classSize: 27 },
    notes: [
      [10, 'Nxënësit u ndanë në grupe me role; udhëzimi ishte i qartë, por materiali u shpërnda vonë.'],
      [30, 'Grupi i tretë e lidhi skemën e fotosintezës me serrat në Likoshan.'],
    ],
    responses: [
      ['climate-routines', 'partly', 'Puna në grupe filloi pas gati pesë minutash.'],
      ['engagement-participation', 3],
      ['assessment-feedback', 'yes', 'Reagim me gojë për secilin grup, i qartë dhe konkret.'],
      ['competencies-link', 'yes', 'Lidhja me serrat e fshatit.'],
      ['engagement-time-on-task', [25, 2, 30]],
    ],
    selfReflection:
      'Kësaj here nxënësit punuan më shumë se sa fola unë. Kartelat me ngjyra më treguan se gjashtë nxënës kishin ende pyetje për frymëmarrjen qelizore, dhe u ktheva tek ata. Ndarja në grupe më merr ende shumë kohë.',
    observerReflection:
      'Përparim i dukshëm nga vëzhgimi i parë: rezultatet u shkruan në tabelë dhe u rikthyet tek to në fund. Reagimi për grupet ishte konkret. Kalimi në punë në grupe shkurtohet nëse grupet dhe rolet janë të njohura paraprakisht.',
    nextSteps: [
      ['Të caktoj grupe të përhershme me role (lexues, shkrues, raportues) për një muaj', 80],
      ['Të mas kohën e kalimeve ndërmjet aktiviteteve dhe ta mbaj nën dy minuta', 60],
    ],
  });
  await completeActions(r, p.teacher, [
    [first.actionIds[0] ?? '', 134, 'Tani rezultatet janë në tabelë në çdo orë; nxënësit i lexojnë me zë në fund.'],
    [first.actionIds[1] ?? '', 124],
    [second.actionIds[0] ?? '', 79, 'Grupet me role funksionojnë; rolet ndërrohen çdo javë.'],
    [second.actionIds[1] ?? '', 58],
  ]);

  const maths = await runCycle(r, {
    ...toMentee,
    observed: p.maths,
    lessonDaysAgo: 75,
    focus: ['assessment-checking', 'planning-differentiation'],
    focusNeedIds: [plan.needs.maths],
    lesson: { subject: 'Matematikë', grade: '12', topic: 'Funksioni eksponencial: rritja e popullsisë', classSize: 31 },
    responses: [
      ['planning-differentiation', 'no', 'Të gjithë nxënësit punuan të njëjtat detyra.'],
      ['assessment-checking', 3],
    ],
    selfReflection: 'Nxënësit e fortë mbaruan shpejt dhe u mërzitën; të tjerët nuk arritën te detyra e tretë.',
    observerReflection: 'Fleta e punës me tri nivele do t’i mbante të gjithë në punë.',
    nextSteps: [['Të përdor fletë pune me detyra në tri nivele vështirësie', -5]],
  });

  const third = await runCycle(r, {
    ...toMentee,
    observed: p.teacher,
    lessonDaysAgo: 45,
    focus: ['competencies-application', 'competencies-reflection', 'engagement-time-on-task', 'assessment-criteria'],
    focusNeedIds: [plan.needs.realLife],
    lesson: {
      subject: 'Kimi',
      grade: '11',
      topic: 'Acidet dhe bazat në jetën e përditshme: matja e pH-së',
      classSize: 26,
    },
    notes: [
      [3, 'Ora nis me pyetjen: “Cili lëng në kuzhinën tuaj është më acid?”'],
      [20, 'Të gjitha grupet punojnë; rolet janë të qarta, kalimi zgjati më pak se dy minuta.'],
      [42, 'Nuk mbeti kohë për vetëvlerësimin në fund.'],
    ],
    responses: [
      ['competencies-application', 3, 'Nxënësit matën pH-në e lëngjeve nga shtëpia dhe shpjeguan dallimet.'],
      ['competencies-reflection', 'partly'],
      ['assessment-criteria', 'yes', 'Kriteret e raportit u shpërndanë në fillim.'],
      ['engagement-time-on-task', [24, 2, 20]],
      ['assessment-student-questions', 9],
      [
        'competencies-evidence',
        'Një nxënëse pyeti pse uji i rubinetit në Drenas ka pH më të lartë se uji në shishe; pyetja u bë temë për orën e ardhshme.',
      ],
    ],
    selfReflection:
      'Ishte ora ime më e mirë këtë vit. Nxënësit sollën vetë lëngjet nga shtëpia dhe diskutuan rezultatet. Më mungoi koha për vetëvlerësimin në fund; duhet ta planifikoj që në fillim.',
    observerReflection:
      'Ora tregoi mësim me bazë kompetenca: nxënësit e zbatuan dijen në një situatë reale dhe arsyetuan. Për herë të parë pashë pyetje që i bënë vetë nxënësit. Rubrika e raportit laboratorik do ta bënte vlerësimin më të drejtë; le ta përfundojmë së bashku.',
    nextSteps: [
      ['Të ftoj nxënësit ta formulojnë hipotezën para çdo eksperimenti', -10],
      ['Të lë pesë minuta në fund të orës për fletën e vetëvlerësimit', -20],
    ],
  });

  // The next cycle: focus agreed, the lesson next week.
  await runCycle(r, {
    ...toMentee,
    observed: p.teacher,
    lessonDaysAgo: -6,
    focus: ['assessment-feedback', 'competencies-reflection'],
    focusNeedIds: [plan.needs.assessment],
  });
  return { first: first.id, third: third.id, ofMentor: ofMentor.id, physics: physics.id, maths: maths.id };
}
