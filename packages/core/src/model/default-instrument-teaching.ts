import type { InstrumentItem, InstrumentSection, Translations } from './instrument-types';

// The default lesson-observation instrument, first half: what the teacher prepares and does.
// Written for Mentora; no proprietary rubric is copied. Wording is collegial on purpose —
// Kosovo seed: mentees first "saw the role of the mentor as an 'inspector'"; a level describes
// what was seen in this lesson, never the teacher.

/** Help shown beside every section's evidence item. */
export const EVIDENCE_HELP: Translations = {
  en: 'Note what you saw and heard — words, actions, students’ work — rather than a judgement. You will look at it together in the post-observation conference.',
  ur: 'جو کچھ آپ نے دیکھا اور سنا وہ لکھیں — الفاظ، عمل، طلبہ کا کام — کوئی فیصلہ نہیں۔ سبق کے بعد کی نشست میں آپ دونوں اسے مل کر دیکھیں گے۔',
  sq: 'Shënoni çfarë patë dhe dëgjuat — fjalë, veprime, punë të nxënësve — e jo një gjykim. Do ta shqyrtoni së bashku në bisedën pas vëzhgimit.',
  sr: 'Запишите шта сте видели и чули — речи, поступке, радове ученика — а не оцену. Заједно ћете то размотрити у разговору после посматрања.',
};

/** A section's free-text evidence item: `<section>-evidence`. */
export function evidenceItem(sectionKey: string, prompt: Translations): InstrumentItem {
  return { key: `${sectionKey}-evidence`, type: 'free_text', prompt, help: EVIDENCE_HELP };
}

const planning: InstrumentSection = {
  key: 'planning',
  title: { en: 'Lesson planning', ur: 'سبق کی منصوبہ بندی', sq: 'Planifikimi i orës mësimore', sr: 'Планирање часа' },
  items: [
    {
      key: 'planning-outcomes',
      type: 'yes_partly_no',
      prompt: {
        en: 'The lesson has clear learning outcomes, shared with the students.',
        ur: 'سبق کے سیکھنے کے مقاصد واضح ہیں اور طلبہ کو بتائے گئے ہیں۔',
        sq: 'Ora mësimore ka rezultate të qarta të të nxënit, të cilat u janë bërë të njohura nxënësve.',
        sr: 'Час има јасне исходе учења, са којима су ученици упознати.',
      },
      help: {
        en: 'For example written on the board or said at the start, in words the students understand.',
        ur: 'مثلاً تختۂ سیاہ پر لکھے ہوئے، یا سبق کے شروع میں ایسے الفاظ میں بتائے گئے جو طلبہ سمجھ سکیں۔',
        sq: 'Për shembull, të shkruara në tabelë ose të thëna në fillim të orës, me fjalë që nxënësit i kuptojnë.',
        sr: 'На пример, написани на табли или изречени на почетку часа, речима које ученици разумеју.',
      },
    },
    {
      key: 'planning-flow',
      type: 'scale_1_4',
      prompt: {
        en: 'How the activities lead towards the learning outcomes',
        ur: 'سرگرمیاں سیکھنے کے مقاصد کی طرف کس طرح لے جاتی ہیں',
        sq: 'Si i çojnë aktivitetet nxënësit drejt rezultateve të të nxënit',
        sr: 'Како активности воде ка исходима учења',
      },
      levels: [
        {
          en: 'The activities and the outcomes are not yet connected.',
          ur: 'سرگرمیوں اور مقاصد میں ابھی تعلق نظر نہیں آتا۔',
          sq: 'Aktivitetet dhe rezultatet ende nuk janë të lidhura.',
          sr: 'Активности и исходи још нису повезани.',
        },
        {
          en: 'Some activities lead towards the outcomes; others stand apart.',
          ur: 'کچھ سرگرمیاں مقاصد کی طرف لے جاتی ہیں، کچھ ان سے الگ ہیں۔',
          sq: 'Disa aktivitete çojnë drejt rezultateve, të tjerat qëndrojnë më vete.',
          sr: 'Неке активности воде ка исходима, а друге стоје по страни.',
        },
        {
          en: 'Most activities build towards the outcomes, in a sensible order.',
          ur: 'زیادہ تر سرگرمیاں مناسب ترتیب سے مقاصد کی طرف بڑھتی ہیں۔',
          sq: 'Shumica e aktiviteteve çojnë drejt rezultateve, me një renditje të arsyeshme.',
          sr: 'Већина активности води ка исходима, логичним редоследом.',
        },
        {
          en: 'Every activity builds towards the outcomes, and the lesson closes by returning to them with the students.',
          ur: 'ہر سرگرمی مقاصد کی طرف بڑھتی ہے، اور سبق کے آخر میں طلبہ کے ساتھ ان مقاصد پر دوبارہ بات ہوتی ہے۔',
          sq: 'Çdo aktivitet çon drejt rezultateve, dhe në fund të orës mësimdhënësi rikthehet te to së bashku me nxënësit.',
          sr: 'Свака активност води ка исходима, а час се завршава повратком на њих заједно са ученицима.',
        },
      ],
    },
    {
      key: 'planning-differentiation',
      type: 'yes_partly_no',
      prompt: {
        en: 'The plan has tasks for students who need more support and for those ready for more challenge.',
        ur: 'منصوبے میں ان طلبہ کے لیے بھی کام ہیں جنہیں زیادہ مدد چاہیے، اور ان کے لیے بھی جو زیادہ مشکل کام کے لیے تیار ہیں۔',
        sq: 'Plani ka detyra për nxënësit që kanë nevojë për më shumë mbështetje dhe për ata që janë gati për më shumë sfidë.',
        sr: 'План садржи задатке за ученике којима је потребна већа подршка и за оне који су спремни за већи изазов.',
      },
    },
    evidenceItem('planning', {
      en: 'What we noticed about planning',
      ur: 'منصوبہ بندی کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për planifikimin',
      sr: 'Шта смо запазили о планирању',
    }),
  ],
};

const climate: InstrumentSection = {
  key: 'climate',
  title: {
    en: 'Climate and classroom management',
    ur: 'کمرۂ جماعت کا ماحول اور نظم و ضبط',
    sq: 'Klima dhe menaxhimi i klasës',
    sr: 'Клима и управљање одељењем',
  },
  items: [
    {
      key: 'climate-respect',
      type: 'scale_1_4',
      prompt: {
        en: 'Relationships and respect in the classroom',
        ur: 'کمرۂ جماعت میں باہمی تعلقات اور احترام',
        sq: 'Marrëdhëniet dhe respekti në klasë',
        sr: 'Односи и уважавање у одељењу',
      },
      levels: [
        {
          en: 'Few students speak up; some seem worried about giving a wrong answer.',
          ur: 'بہت کم طلبہ بولتے ہیں؛ کچھ غلط جواب دینے سے گھبراتے نظر آتے ہیں۔',
          sq: 'Pak nxënës flasin; disa duken të shqetësuar se mos japin përgjigje të gabuar.',
          sr: 'Мало ученика се јавља; неки делују забринуто да не дају погрешан одговор.',
        },
        {
          en: 'The tone is mostly friendly; some students take part while others stay quiet.',
          ur: 'ماحول زیادہ تر دوستانہ ہے؛ کچھ طلبہ حصہ لیتے ہیں جبکہ دوسرے خاموش رہتے ہیں۔',
          sq: 'Atmosfera është kryesisht miqësore; disa nxënës marrin pjesë, ndërsa të tjerët heshtin.',
          sr: 'Атмосфера је углавном пријатељска; неки ученици учествују, а други ћуте.',
        },
        {
          en: 'The tone is warm and respectful; most students speak without fear of being wrong.',
          ur: 'ماحول پُرخلوص اور باادب ہے؛ زیادہ تر طلبہ غلطی کے ڈر کے بغیر بولتے ہیں۔',
          sq: 'Atmosfera është e ngrohtë dhe plot respekt; shumica e nxënësve flasin pa frikë se mos gabojnë.',
          sr: 'Атмосфера је топла и пуна уважавања; већина ученика говори без страха од грешке.',
        },
        {
          en: 'Mistakes are treated as part of learning, and students respond to each other’s ideas with respect.',
          ur: 'غلطیوں کو سیکھنے کا حصہ سمجھا جاتا ہے، اور طلبہ ایک دوسرے کے خیالات کا احترام سے جواب دیتے ہیں۔',
          sq: 'Gabimet trajtohen si pjesë e të nxënit, dhe nxënësit u përgjigjen ideve të njëri-tjetrit me respekt.',
          sr: 'Грешке се доживљавају као део учења, а ученици с уважавањем реагују на идеје једни других.',
        },
      ],
    },
    {
      key: 'climate-routines',
      type: 'yes_partly_no',
      prompt: {
        en: 'Routines and transitions run smoothly, with little learning time lost.',
        ur: 'روزمرہ کے معمولات اور ایک سرگرمی سے دوسری میں جانا آسانی سے ہوتا ہے، اور سیکھنے کا وقت کم ضائع ہوتا ہے۔',
        sq: 'Rutinat dhe kalimet nga një aktivitet në tjetrin rrjedhin lehtë, pa humbur shumë kohë mësimi.',
        sr: 'Рутине и прелази између активности одвијају се глатко, уз мало изгубљеног времена за учење.',
      },
      help: {
        en: 'For example handing out materials, moving into groups, starting and ending the lesson.',
        ur: 'مثلاً سامان تقسیم کرنا، گروپوں میں بیٹھنا، سبق شروع اور ختم کرنا۔',
        sq: 'Për shembull, shpërndarja e materialeve, ndarja në grupe, fillimi dhe mbyllja e orës.',
        sr: 'На пример, подела материјала, прелазак у групе, почетак и крај часа.',
      },
    },
    {
      key: 'climate-rules',
      type: 'yes_partly_no',
      prompt: {
        en: 'Agreed class rules are applied calmly and consistently.',
        ur: 'جماعت کے طے شدہ اصولوں پر سکون اور یکسانیت سے عمل کیا جاتا ہے۔',
        sq: 'Rregullat e dakorduara të klasës zbatohen me qetësi dhe në mënyrë të qëndrueshme.',
        sr: 'Договорена правила одељења примењују се мирно и доследно.',
      },
    },
    evidenceItem('climate', {
      en: 'What we noticed about the climate of the class',
      ur: 'جماعت کے ماحول کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për klimën në klasë',
      sr: 'Шта смо запазили о клими у одељењу',
    }),
  ],
};

const instruction: InstrumentSection = {
  key: 'instruction',
  title: { en: 'Instruction', ur: 'تدریس', sq: 'Mësimdhënia', sr: 'Извођење наставе' },
  items: [
    {
      key: 'instruction-clarity',
      type: 'scale_1_4',
      prompt: {
        en: 'Clarity of explanations and instructions',
        ur: 'وضاحتوں اور ہدایات کا واضح ہونا',
        sq: 'Qartësia e shpjegimeve dhe e udhëzimeve',
        sr: 'Јасноћа објашњења и упутстава',
      },
      levels: [
        {
          en: 'Students are often unsure what to do or what the new idea means.',
          ur: 'طلبہ اکثر یہ نہیں سمجھ پاتے کہ انہیں کیا کرنا ہے یا نئے تصور کا کیا مطلب ہے۔',
          sq: 'Nxënësit shpesh nuk janë të sigurt çfarë duhet të bëjnë ose çfarë do të thotë ideja e re.',
          sr: 'Ученици често нису сигурни шта треба да раде или шта нови појам значи.',
        },
        {
          en: 'Explanations are clear to some students; others need them repeated.',
          ur: 'وضاحتیں کچھ طلبہ کو سمجھ آتی ہیں؛ دوسروں کے لیے انہیں دہرانا پڑتا ہے۔',
          sq: 'Shpjegimet janë të qarta për disa nxënës; të tjerëve u duhet t’u përsëriten.',
          sr: 'Објашњења су јасна неким ученицима; другима их треба поновити.',
        },
        {
          en: 'Explanations and instructions are clear, with examples that most students follow.',
          ur: 'وضاحتیں اور ہدایات واضح ہیں، اور مثالیں ایسی ہیں کہ زیادہ تر طلبہ بات سمجھ لیتے ہیں۔',
          sq: 'Shpjegimet dhe udhëzimet janë të qarta, me shembuj që shumica e nxënësve i ndjekin.',
          sr: 'Објашњења и упутства су јасна, са примерима које већина ученика прати.',
        },
        {
          en: 'Explanations build on what students already know and use several examples; students can explain the idea in their own words.',
          ur: 'وضاحتیں طلبہ کی پہلے سے موجود معلومات پر استوار ہوتی ہیں اور کئی مثالیں دی جاتی ہیں؛ طلبہ تصور کو اپنے الفاظ میں بیان کر سکتے ہیں۔',
          sq: 'Shpjegimet mbështeten në atë që nxënësit tashmë e dinë dhe përdorin disa shembuj; nxënësit mund ta shpjegojnë idenë me fjalët e tyre.',
          sr: 'Објашњења се надовезују на оно што ученици већ знају и користе више примера; ученици могу својим речима да објасне појам.',
        },
      ],
    },
    {
      key: 'instruction-questions',
      type: 'yes_partly_no',
      prompt: {
        en: 'Questions ask students to explain and reason, not only to recall.',
        ur: 'سوالات طلبہ سے صرف یاد کی ہوئی بات دہرانے کے بجائے وضاحت اور دلیل مانگتے ہیں۔',
        sq: 'Pyetjet i nxitin nxënësit të shpjegojnë dhe të arsyetojnë, jo vetëm të kujtojnë.',
        sr: 'Питања траже од ученика да објасне и образложе, а не само да се присете.',
      },
      help: {
        en: 'For example: “Why do you think so?”, “How did you find it?”, “What would happen if…?”',
        ur: 'مثلاً: آپ ایسا کیوں سوچتے ہیں؟ آپ نے یہ کیسے معلوم کیا؟ اگر ایسا ہو تو کیا ہوگا؟',
        sq: 'Për shembull: „Pse mendon kështu?“, „Si e gjete?“, „Çfarë do të ndodhte nëse…?“',
        sr: 'На пример: „Зашто тако мислиш?“, „Како си то открио?“, „Шта би се десило кад би…?“',
      },
    },
    {
      key: 'instruction-methods',
      type: 'yes_partly_no',
      prompt: {
        en: 'The teacher uses more than one way of working (whole class, pairs, groups, individual work).',
        ur: 'استاد ایک سے زیادہ طریقوں سے کام کرواتے ہیں (پوری جماعت، جوڑیوں میں، گروپوں میں، انفرادی کام)۔',
        sq: 'Mësimdhënësi përdor më shumë se një mënyrë pune (me gjithë klasën, në çifte, në grupe, punë individuale).',
        sr: 'Наставник користи више облика рада (фронтални, рад у паровима, групни, индивидуални).',
      },
    },
    evidenceItem('instruction', {
      en: 'What we noticed about instruction',
      ur: 'تدریس کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për mësimdhënien',
      sr: 'Шта смо запазили о извођењу наставе',
    }),
  ],
};

const assessment: InstrumentSection = {
  key: 'assessment',
  title: {
    en: 'Assessment for learning',
    ur: 'سیکھنے کے لیے جائزہ',
    sq: 'Vlerësimi për të nxënë',
    sr: 'Оцењивање ради учења',
  },
  items: [
    {
      key: 'assessment-criteria',
      type: 'yes_partly_no',
      prompt: {
        en: 'Students know what good work on this task looks like (success criteria).',
        ur: 'طلبہ جانتے ہیں کہ اس کام میں اچھا کام کیسا ہوتا ہے (کامیابی کے معیار)۔',
        sq: 'Nxënësit e dinë si duket një punë e mirë në këtë detyrë (kriteret e suksesit).',
        sr: 'Ученици знају како изгледа добро урађен задатак (критеријуми успеха).',
      },
    },
    {
      key: 'assessment-checking',
      type: 'scale_1_4',
      prompt: {
        en: 'Checking understanding during the lesson',
        ur: 'سبق کے دوران سمجھ بوجھ کی جانچ',
        sq: 'Kontrollimi i të kuptuarit gjatë orës',
        sr: 'Провера разумевања током часа',
      },
      levels: [
        {
          en: 'The lesson moves on without checking whether students have understood.',
          ur: 'یہ جانچے بغیر سبق آگے بڑھ جاتا ہے کہ طلبہ نے سمجھا یا نہیں۔',
          sq: 'Ora vazhdon pa u kontrolluar nëse nxënësit kanë kuptuar.',
          sr: 'Час се наставља без провере да ли су ученици разумели.',
        },
        {
          en: 'Understanding is checked with a few students, usually those who volunteer.',
          ur: 'سمجھ بوجھ چند طلبہ سے جانچی جاتی ہے، عموماً ان سے جو خود ہاتھ اٹھاتے ہیں۔',
          sq: 'Të kuptuarit kontrollohet te pak nxënës, zakonisht te ata që lajmërohen vetë.',
          sr: 'Разумевање се проверава код неколико ученика, обично оних који се сами јаве.',
        },
        {
          en: 'Understanding is checked with most students (for example slates, cards or a short exit question), and the teaching adjusts.',
          ur: 'زیادہ تر طلبہ کی سمجھ جانچی جاتی ہے (مثلاً تختی، کارڈ یا آخر میں ایک مختصر سوال)، اور تدریس اس کے مطابق بدلتی ہے۔',
          sq: 'Të kuptuarit kontrollohet te shumica e nxënësve (për shembull me tabela të vogla, kartela ose një pyetje të shkurtër në fund), dhe mësimdhënia përshtatet.',
          sr: 'Разумевање се проверава код већине ученика (на пример мале табле, картице или кратко питање на крају), а настава се прилагођава.',
        },
        {
          en: 'Checks reach every student, and what they show changes the next step for groups or individuals.',
          ur: 'جانچ ہر طالب علم تک پہنچتی ہے، اور اس کے نتیجے میں گروپوں یا انفرادی طلبہ کے لیے اگلا قدم بدلا جاتا ہے۔',
          sq: 'Kontrollimi arrin te çdo nxënës, dhe ajo që tregon ndryshon hapin e radhës për grupe ose për nxënës të veçantë.',
          sr: 'Провера обухвата сваког ученика, а оно што покаже мења следећи корак за групе или појединце.',
        },
      ],
    },
    {
      key: 'assessment-feedback',
      type: 'yes_partly_no',
      prompt: {
        en: 'Feedback tells students what they did well and what to do next.',
        ur: 'طلبہ کو دی گئی رائے (فیڈبیک) سے انہیں پتا چلتا ہے کہ انہوں نے کیا اچھا کیا اور آگے کیا کرنا ہے۔',
        sq: 'Informata kthyese u tregon nxënësve çfarë bënë mirë dhe çfarë duhet të bëjnë më tej.',
        sr: 'Повратна информација говори ученицима шта су урадили добро и шта је следећи корак.',
      },
    },
    {
      key: 'assessment-student-questions',
      type: 'count',
      prompt: {
        en: 'Students who asked a question about the content',
        ur: 'سبق کے مواد کے بارے میں سوال پوچھنے والے طلبہ کی تعداد',
        sq: 'Numri i nxënësve që bënë një pyetje për përmbajtjen',
        sr: 'Број ученика који су поставили питање о градиву',
      },
      help: {
        en: 'Count each student once. Questions about organisation (“May I go out?”) do not count.',
        ur: 'ہر طالب علم کو ایک ہی بار گنیں۔ انتظامی سوالات (جیسے: کیا میں باہر جا سکتا ہوں؟) شمار نہ کریں۔',
        sq: 'Numëroni çdo nxënës vetëm një herë. Pyetjet organizative („A mund të dal?“) nuk numërohen.',
        sr: 'Сваког ученика рачунајте само једном. Организациона питања („Могу ли да изађем?“) се не рачунају.',
      },
    },
    evidenceItem('assessment', {
      en: 'What we noticed about assessment for learning',
      ur: 'سیکھنے کے لیے جائزے کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për vlerësimin për të nxënë',
      sr: 'Шта смо запазили о оцењивању ради учења',
    }),
  ],
};

/** Planning, climate and classroom management, instruction, assessment for learning. */
export const teachingSections: InstrumentSection[] = [planning, climate, instruction, assessment];
