import type { ActivityRunner } from './activity-runner';
import type { KosovoPeople } from './kosovo-people';
import type { KosovoPlanIds } from './kosovo-plans';

/** Meeting ids the portfolio entries link to. */
export interface KosovoMeetingIds {
  first: string;
  jointTest: string;
  management: string;
}

interface GroupMeeting {
  daysAgo: number;
  title: string;
  agenda: string;
  notes: string;
  outcomes: string;
  /** Indexes into `members` (mentor = 0) of those who could not come. */
  absent?: number[];
  goalIds?: string[];
}

const GROUP_MINUTES = 90;
const ONE_TO_ONE_MINUTES = 45;

/**
 * A group meeting every month with attendance and contact hours, notes and outcomes (one with the
 * jointly prepared test as artefact — Kosovo seed: "preparing a test together"), one-to-ones between
 * the mentor and the demo teacher, and the next group meeting in the calendar.
 */
export async function seedKosovoMeetings(
  r: ActivityRunner,
  p: KosovoPeople,
  plan: KosovoPlanIds,
): Promise<KosovoMeetingIds> {
  const schedule = async (daysAgo: number, title: string, minutes: number, mentee: string | null) => {
    const id = r.id();
    await r.run(p.mentor, r.at(daysAgo + 10, 15), 'meeting.schedule', {
      id,
      groupId: p.groupId,
      kind: mentee ? 'one_to_one' : 'group_meeting',
      title,
      scheduledFor: r.iso(daysAgo, 13, 30),
      durationMinutes: minutes,
      menteePersonId: mentee,
    });
    return id;
  };
  const hold = async (id: string, daysAgo: number, present: string[], absent: string[], minutes: number) => {
    await r.run(p.mentor, r.at(daysAgo, 15, 10), 'meeting.markHeld', { id, heldAt: r.iso(daysAgo, 13, 30) });
    const hours = minutes / 60;
    await r.run(p.mentor, r.at(daysAgo, 15, 15), 'meeting.recordAttendance', {
      id,
      entries: [
        ...present.map((personId) => ({ personId, present: true, hours })),
        ...absent.map((personId) => ({ personId, present: false, hours: 0 })),
      ],
    });
  };

  const meetings: GroupMeeting[] = [
    {
      daysAgo: 172,
      title: 'Takimi i parë: njohja, pritjet dhe nevojat',
      agenda: '1. Roli i mentorit në shkollë\n2. Konfidencialiteti i mentorimit\n3. Nevojat tona për këtë gjysmëvjetor',
      notes:
        'Kolegët pyetën nëse shënimet e vëzhgimeve shkojnë te drejtoria ose te inspektorati. U pajtuam që mentorimi është kolegial: shënimet i shohin vetëm mentori dhe mësimdhënësi, drejtoria sheh vetëm që takimi u mbajt.',
      outcomes:
        'Secili shkruan deri javën tjetër dy nevoja: një për planifikimin me bazë kompetenca dhe një për vlerësimin.',
    },
    {
      daysAgo: 142,
      title: 'Planifikimi me bazë kompetenca: rezultatet e të nxënit',
      agenda: '1. Shablloni i planit dyjavor\n2. Rezultatet e të nxënit për kompetenca të shkruara për nxënësin',
      notes:
        'Secili solli një plan dyjavor. Arbeni e rishkroi planin e kimisë duke nisur nga ajo që nxënësi duhet të dijë të bëjë. Jehona pyeti si të lidhen rezultatet e shkallës me lëndën.',
      outcomes: 'Planet e rishkruara ndahen në dosjen e përbashkët të grupit.',
      absent: [4],
      goalIds: [plan.goals.planning],
    },
    {
      daysAgo: 112,
      title: 'Përgatitja e përbashkët e testit me nivele',
      agenda: '1. Tri nivelet e arritjes\n2. Hartimi i pyetjeve për kiminë dhe matematikën\n3. Kriteret e vlerësimit',
      notes:
        'Punuam në dy grupe. Për kiminë e klasës së 11-të përgatitëm dhjetë pyetje: katër të nivelit bazë, katër të zbatimit dhe dy të arsyetimit. Jehona përgatiti me Mimozën testin e matematikës.',
      outcomes: 'Testi i kimisë zhvillohet në dy paralele; rezultatet i analizojmë në takimin e ardhshëm.',
      goalIds: [plan.goals.assessment, plan.goals.maths],
    },
    {
      daysAgo: 82,
      title: 'Vlerësimi formativ: fletëdalja dhe reagimi',
      agenda: '1. Analiza e rezultateve të testit\n2. Fletëdalja me tri pyetje\n3. Reagimi me shkrim',
      notes:
        'Pyetjet e nivelit të arsyetimit i zgjidhën pak nxënës. U pajtuam që fletëdalja na tregon më herët kush ka nevojë për ndihmë.',
      outcomes: 'Secili e provon fletëdaljen për dy javë dhe sjell shembuj.',
      absent: [3],
      goalIds: [plan.goals.assessment],
    },
    {
      daysAgo: 52,
      title: 'Ftesë në orë: çka mësuam nga vëzhgimi i orëve të kolegëve',
      agenda: '1. Përvoja e vëzhgimit të orës së mentores\n2. Si të ftojmë njëri-tjetrin në orë',
      notes:
        'Arbeni tregoi çka pa në orën e gjeografisë. Bekimi dhe Njomza kërkuan të vëzhgojnë orën e njëri-tjetrit muajin e ardhshëm.',
      outcomes: 'Kalendari i vëzhgimeve ndërmjet kolegëve për muajin e ardhshëm.',
      absent: [6],
    },
    {
      daysAgo: 22,
      title: 'Menaxhimi i klasës dhe puna në grupe',
      agenda: '1. Rutinat për fillimin e orës\n2. Grupet me role\n3. Kalimet ndërmjet aktiviteteve',
      notes: 'Rolet e përhershme në grupe e shkurtuan kalimin nën dy minuta te Arbeni; të tjerët do ta provojnë.',
      outcomes: 'Një listë e përbashkët me pesë rutina që i provojmë deri në takimin e ardhshëm.',
    },
  ];
  const ids: string[] = [];
  for (const m of meetings) {
    const id = await schedule(m.daysAgo, m.title, GROUP_MINUTES, null);
    const absent = (m.absent ?? []).map((i) => p.members[i] ?? '');
    await hold(
      id,
      m.daysAgo,
      p.members.filter((x) => !absent.includes(x)),
      absent,
      GROUP_MINUTES,
    );
    await r.run(p.mentor, r.at(m.daysAgo, 16), 'meeting.writeNotes', {
      id,
      agenda: m.agenda,
      notes: m.notes,
      outcomes: m.outcomes,
      goalIds: m.goalIds ?? [],
    });
    ids.push(id);
  }
  const [first = '', , jointTest = '', , , management = ''] = ids;
  await r.run(p.teacher, r.at(111, 10), 'meeting.attachArtefact', {
    id: r.id(),
    meetingId: jointTest,
    goalId: plan.goals.assessment,
    kind: 'test',
    title: 'Testi i përbashkët: Kimia 11 — reaksionet kimike, në tri nivele',
    url: 'https://example.org/gjimnazi-drenas/testi-kimia-11.pdf',
  });

  const oneToOnes: [number, string, string, string][] = [
    [
      168,
      'Biseda e parë me Arbenin: nevojat dhe pritjet',
      'Arbeni ka shumë vjet përvojë dhe njeh mirë lëndën; nevoja e tij është planifikimi sipas kurrikulës së re dhe vlerësimi gjatë orës.',
      'Shkruajmë bashkë nevojat dhe planin e veprimit deri të premten.',
    ],
    [
      95,
      'Rishikimi i planit të veprimit',
      'Dy hapat nga vëzhgimi i parë janë bërë pjesë e çdo ore. Rubrika për raportin laboratorik mbetet për më vonë.',
      'Fletëdalja shtohet si veprim i ri; e rishikojmë pas vëzhgimit të tretë.',
    ],
    [
      30,
      'Përgatitja për vëzhgimin e radhës',
      'Rubrika e raportit laboratorik ende nuk është gati; Arbeni kërkoi ndihmë me kriteret.',
      'Mimoza sjell shembuj rubrikash nga trajnimi; fokusi i vëzhgimit të radhës është reagimi për nxënësit.',
    ],
  ];
  for (const [daysAgo, title, notes, outcomes] of oneToOnes) {
    const id = await schedule(daysAgo, title, ONE_TO_ONE_MINUTES, p.teacher);
    await hold(id, daysAgo, [p.mentor, p.teacher], [], ONE_TO_ONE_MINUTES);
    await r.run(p.mentor, r.at(daysAgo, 16, 30), 'meeting.writeNotes', { id, notes, outcomes });
  }
  // What is due: the next group meeting and a one-to-one with the physics teacher.
  await schedule(-8, 'Rishikimi i planeve të veprimit para gjysmëvjetorit të dytë', GROUP_MINUTES, null);
  await schedule(-3, 'Bisedë me Bekimin pas vëzhgimit të orëve të kolegëve', ONE_TO_ONE_MINUTES, p.physics);
  return { first, jointTest, management };
}
