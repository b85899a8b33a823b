import { evidenceItem } from './default-instrument-teaching';
import type { InstrumentSection } from './instrument-types';

// The default lesson-observation instrument, second half: what the students do and how the
// lesson serves the curriculum's competencies. Written for Mentora; no proprietary rubric copied.

const engagement: InstrumentSection = {
  key: 'engagement',
  title: {
    en: 'Student engagement',
    ur: 'طلبہ کی دلچسپی اور شرکت',
    sq: 'Angazhimi i nxënësve',
    sr: 'Ангажованост ученика',
  },
  items: [
    {
      key: 'engagement-participation',
      type: 'scale_1_4',
      prompt: {
        en: 'Who takes part in the lesson',
        ur: 'سبق میں کون کون حصہ لیتا ہے',
        sq: 'Kush merr pjesë në orë',
        sr: 'Ко учествује на часу',
      },
      levels: [
        {
          en: 'A few students do most of the talking and the work.',
          ur: 'زیادہ تر بات چیت اور کام چند طلبہ ہی کرتے ہیں۔',
          sq: 'Pak nxënës bëjnë pjesën më të madhe të bisedës dhe të punës.',
          sr: 'Мали број ученика највише говори и ради.',
        },
        {
          en: 'About half of the students take part; the others mostly watch.',
          ur: 'تقریباً آدھے طلبہ حصہ لیتے ہیں؛ باقی زیادہ تر دیکھتے رہتے ہیں۔',
          sq: 'Rreth gjysma e nxënësve marrin pjesë; të tjerët kryesisht shikojnë.',
          sr: 'Отприлике половина ученика учествује; остали углавном посматрају.',
        },
        {
          en: 'Most students take part in the activities and discussions.',
          ur: 'زیادہ تر طلبہ سرگرمیوں اور گفتگو میں حصہ لیتے ہیں۔',
          sq: 'Shumica e nxënësve marrin pjesë në aktivitete dhe diskutime.',
          sr: 'Већина ученика учествује у активностима и разговорима.',
        },
        {
          en: 'Nearly all students take part, and they also start discussions, help each other or suggest ideas.',
          ur: 'تقریباً سب طلبہ حصہ لیتے ہیں، اور خود بھی بات شروع کرتے ہیں، ایک دوسرے کی مدد کرتے ہیں یا نئے خیالات پیش کرتے ہیں۔',
          sq: 'Pothuajse të gjithë nxënësit marrin pjesë, madje nisin diskutime, ndihmojnë njëri-tjetrin ose sjellin ide.',
          sr: 'Скоро сви ученици учествују, а уз то сами започињу разговор, помажу једни другима или предлажу идеје.',
        },
      ],
    },
    {
      key: 'engagement-time-on-task',
      type: 'time_on_task',
      prompt: {
        en: 'Time-on-task snapshot: students on and off task',
        ur: 'ایک لمحے کا جائزہ: کتنے طلبہ کام میں مصروف ہیں اور کتنے نہیں',
        sq: 'Pamje e çastit: sa nxënës janë duke punuar në detyrë dhe sa jo',
        sr: 'Тренутни пресек: колико ученика ради на задатку, а колико не',
      },
      help: {
        en: 'At a moment you choose, around the middle of an activity, count the students working on the task and those who are not. It describes the activity, not any one student.',
        ur: 'کسی سرگرمی کے درمیان اپنی مرضی کے ایک لمحے پر گنیں کہ کتنے طلبہ کام کر رہے ہیں اور کتنے نہیں۔ یہ سرگرمی کے بارے میں ہے، کسی ایک طالب علم کے بارے میں نہیں۔',
        sq: 'Në një çast që e zgjidhni ju, rreth mesit të një aktiviteti, numëroni nxënësit që punojnë në detyrë dhe ata që nuk punojnë. Kjo përshkruan aktivitetin, jo ndonjë nxënës të veçantë.',
        sr: 'У тренутку који сами изаберете, отприлике усред неке активности, пребројте ученике који раде на задатку и оне који не раде. То описује активност, а не појединог ученика.',
      },
    },
    {
      key: 'engagement-talk',
      type: 'yes_partly_no',
      prompt: {
        en: 'Students talk with each other about the content, in pairs or groups.',
        ur: 'طلبہ جوڑیوں یا گروپوں میں سبق کے مواد پر آپس میں بات کرتے ہیں۔',
        sq: 'Nxënësit flasin me njëri-tjetrin për përmbajtjen, në çifte ose në grupe.',
        sr: 'Ученици међусобно разговарају о градиву, у паровима или групама.',
      },
    },
    evidenceItem('engagement', {
      en: 'What we noticed about student engagement',
      ur: 'طلبہ کی دلچسپی اور شرکت کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për angazhimin e nxënësve',
      sr: 'Шта смо запазили о ангажованости ученика',
    }),
  ],
};

const resources: InstrumentSection = {
  key: 'resources',
  title: { en: 'Use of resources', ur: 'وسائل کا استعمال', sq: 'Përdorimi i burimeve', sr: 'Коришћење ресурса' },
  items: [
    {
      key: 'resources-materials',
      type: 'scale_1_4',
      prompt: {
        en: 'How materials support learning',
        ur: 'تدریسی سامان سیکھنے میں کس طرح مدد دیتا ہے',
        sq: 'Si e mbështesin materialet të nxënit',
        sr: 'Како наставна средства подржавају учење',
      },
      // Kosovo seed: a weakness is "the lack of laboratories in schools, the lack of teaching materials".
      help: {
        en: 'Simple and local materials count as much as bought ones: many schools lack laboratories and teaching materials.',
        ur: 'سادہ اور مقامی سامان بھی اتنا ہی اہم ہے جتنا خریدا ہوا: بہت سے اسکولوں میں لیبارٹری اور تدریسی سامان کی کمی ہوتی ہے۔',
        sq: 'Materialet e thjeshta dhe vendore vlejnë po aq sa ato të blera: shumë shkolla nuk kanë laboratorë dhe mjete mësimore.',
        sr: 'Једноставна и локална средства вреде колико и купљена: многим школама недостају лабораторије и наставна средства.',
      },
      levels: [
        {
          en: 'Only the textbook and the board are used, mostly for copying.',
          ur: 'صرف نصابی کتاب اور تختۂ سیاہ استعمال ہوتے ہیں، زیادہ تر نقل کرنے کے لیے۔',
          sq: 'Përdoren vetëm libri dhe tabela, kryesisht për të kopjuar.',
          sr: 'Користе се само уџбеник и табла, углавном за преписивање.',
        },
        {
          en: 'Some materials are used, mainly by the teacher to show something.',
          ur: 'کچھ سامان استعمال ہوتا ہے، زیادہ تر استاد کی طرف سے کچھ دکھانے کے لیے۔',
          sq: 'Përdoren disa materiale, kryesisht nga mësimdhënësi për të treguar diçka.',
          sr: 'Користе се нека средства, углавном их наставник користи да нешто покаже.',
        },
        {
          en: 'Students handle materials themselves (objects, pictures, texts, local materials), and the materials serve the outcomes.',
          ur: 'طلبہ خود سامان استعمال کرتے ہیں (اشیاء، تصویریں، تحریریں، مقامی چیزیں)، اور یہ سامان سیکھنے کے مقاصد میں مدد دیتا ہے۔',
          sq: 'Nxënësit i përdorin vetë materialet (objekte, figura, tekste, materiale vendore), dhe materialet u shërbejnë rezultateve të të nxënit.',
          sr: 'Ученици сами користе средства (предмете, слике, текстове, локалне материјале), а она служе исходима учења.',
        },
        {
          en: 'Students use varied materials, including simple ones made by the teacher or the students, to explore, test and explain ideas.',
          ur: 'طلبہ مختلف قسم کا سامان استعمال کرتے ہیں، جس میں استاد یا طلبہ کا بنایا ہوا سادہ سامان بھی شامل ہے، تاکہ خیالات کو کھوجیں، آزمائیں اور سمجھائیں۔',
          sq: 'Nxënësit përdorin materiale të larmishme, përfshirë edhe të thjeshta të bëra nga mësimdhënësi ose nga vetë nxënësit, për të eksploruar, provuar dhe shpjeguar ide.',
          sr: 'Ученици користе разноврсна средства, укључујући и једноставна која су направили наставник или сами ученици, да истраже, провере и објасне идеје.',
        },
      ],
    },
    {
      key: 'resources-time',
      type: 'yes_partly_no',
      prompt: {
        en: 'Lesson time is used for learning from the start to the end.',
        ur: 'سبق کا وقت شروع سے آخر تک سیکھنے میں استعمال ہوتا ہے۔',
        sq: 'Koha e orës përdoret për të nxënë nga fillimi deri në fund.',
        sr: 'Време часа користи се за учење од почетка до краја.',
      },
    },
    {
      key: 'resources-space',
      type: 'yes_partly_no',
      prompt: {
        en: 'The room (seating, walls, board) is arranged to help the activity.',
        ur: 'کمرے کی ترتیب (بیٹھنے کا انتظام، دیواریں، تختۂ سیاہ) سرگرمی میں مدد دیتی ہے۔',
        sq: 'Hapësira e klasës (renditja e bankave, muret, tabela) është rregulluar për ta ndihmuar aktivitetin.',
        sr: 'Простор учионице (распоред седења, зидови, табла) уређен је тако да помаже активности.',
      },
    },
    evidenceItem('resources', {
      en: 'What we noticed about the use of resources',
      ur: 'وسائل کے استعمال کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për përdorimin e burimeve',
      sr: 'Шта смо запазили о коришћењу ресурса',
    }),
  ],
};

// Kosovo seed: the Curriculum Framework (2011) "demands a competency-based approach to teaching,
// learning and assessment".
const competencies: InstrumentSection = {
  key: 'competencies',
  title: {
    en: 'Competency-based teaching',
    ur: 'قابلیت پر مبنی تدریس',
    sq: 'Mësimdhënia e bazuar në kompetenca',
    sr: 'Настава заснована на компетенцијама',
  },
  items: [
    {
      key: 'competencies-link',
      type: 'yes_partly_no',
      prompt: {
        en: 'The lesson’s outcomes are linked to the curriculum’s learning outcomes and key competencies.',
        ur: 'سبق کے مقاصد نصاب کے حاصلاتِ تعلم اور بنیادی قابلیتوں سے جڑے ہوئے ہیں۔',
        sq: 'Rezultatet e orës janë të lidhura me rezultatet e të nxënit dhe me kompetencat kryesore të kurrikulës.',
        sr: 'Исходи часа повезани су са исходима учења и кључним компетенцијама курикулума.',
      },
      help: {
        en: 'For example the key competencies the curriculum names (in Kosovo’s Curriculum Framework: effective communicator, creative thinker, successful learner, productive contributor, healthy individual, responsible citizen).',
        ur: 'مثلاً وہ بنیادی قابلیتیں جو نصاب میں درج ہیں (کوسووو کے نصابی فریم ورک میں: مؤثر ابلاغ کرنے والا، تخلیقی مفکر، کامیاب سیکھنے والا، مفید کردار ادا کرنے والا، صحت مند فرد، ذمہ دار شہری)۔',
        sq: 'Për shembull, kompetencat kryesore që përcakton kurrikula (në Kornizën e Kurrikulës së Kosovës: komunikues efektiv, mendimtar kreativ, nxënës i suksesshëm, kontribues produktiv, individ i shëndoshë, qytetar i përgjegjshëm).',
        sr: 'На пример, кључне компетенције које наводи курикулум (у Оквиру курикулума Косова: ефикасан комуникатор, креативан мислилац, успешан ученик, продуктиван сарадник, здрава особа, одговоран грађанин).',
      },
    },
    {
      key: 'competencies-application',
      type: 'scale_1_4',
      prompt: {
        en: 'Students apply knowledge and skills to real situations',
        ur: 'طلبہ علم اور مہارتوں کو حقیقی صورتِ حال میں استعمال کرتے ہیں',
        sq: 'Nxënësit i zbatojnë njohuritë dhe shkathtësitë në situata reale',
        sr: 'Ученици примењују знања и вештине у стварним ситуацијама',
      },
      levels: [
        {
          en: 'Knowledge is presented to be memorised; it is not yet applied.',
          ur: 'معلومات صرف یاد کرنے کے لیے پیش کی جاتی ہیں؛ ابھی ان کا استعمال نہیں ہوتا۔',
          sq: 'Njohuritë paraqiten për t’u mësuar përmendësh; ende nuk zbatohen.',
          sr: 'Знање се излаже да би се запамтило; још се не примењује.',
        },
        {
          en: 'Students apply it in exercises like those in the textbook.',
          ur: 'طلبہ اسے نصابی کتاب جیسی مشقوں میں استعمال کرتے ہیں۔',
          sq: 'Nxënësit i zbatojnë njohuritë në ushtrime të ngjashme me ato të librit.',
          sr: 'Ученици га примењују у вежбањима сличним онима из уџбеника.',
        },
        {
          en: 'Students apply it to a situation from everyday life or from another subject.',
          ur: 'طلبہ اسے روزمرہ زندگی یا کسی دوسرے مضمون کی صورتِ حال میں استعمال کرتے ہیں۔',
          sq: 'Nxënësit i zbatojnë njohuritë në një situatë nga jeta e përditshme ose nga një lëndë tjetër.',
          sr: 'Ученици га примењују у ситуацији из свакодневног живота или из другог предмета.',
        },
        {
          en: 'Students work on an open problem or project from their own surroundings and explain the choices they made.',
          ur: 'طلبہ اپنے ماحول سے لیے گئے کسی کھلے مسئلے یا منصوبے پر کام کرتے ہیں اور اپنے فیصلوں کی وضاحت کرتے ہیں۔',
          sq: 'Nxënësit punojnë në një problem të hapur ose projekt nga mjedisi i tyre dhe shpjegojnë zgjedhjet që bënë.',
          sr: 'Ученици раде на отвореном проблему или пројекту из свог окружења и објашњавају одлуке које су донели.',
        },
      ],
    },
    {
      key: 'competencies-reflection',
      type: 'yes_partly_no',
      prompt: {
        en: 'Students think about how they learned: what helped them and what was hard.',
        ur: 'طلبہ اس پر غور کرتے ہیں کہ انہوں نے کیسے سیکھا: کس چیز سے مدد ملی اور کیا مشکل تھا۔',
        sq: 'Nxënësit reflektojnë si mësuan: çfarë i ndihmoi dhe çfarë ishte e vështirë.',
        sr: 'Ученици размишљају о томе како су учили: шта им је помогло, а шта је било тешко.',
      },
    },
    evidenceItem('competencies', {
      en: 'What we noticed about competency-based teaching',
      ur: 'قابلیت پر مبنی تدریس کے بارے میں ہمارے مشاہدات',
      sq: 'Çfarë vumë re për mësimdhënien e bazuar në kompetenca',
      sr: 'Шта смо запазили о настави заснованој на компетенцијама',
    }),
  ],
};

/** Student engagement, use of resources, competency-based teaching. */
export const learningSections: InstrumentSection[] = [engagement, resources, competencies];
