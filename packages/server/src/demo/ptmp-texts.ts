// The PTMP demo's words (issue 9, point 9): what primary teachers of Lasbella and Khuzdar raise at
// their cluster meetings, what the cluster agreed, what a mentor did at a school, what head teachers
// and teachers answered. Urdu first (the program's first locale), some English, as teachers write.

/** A concern a teacher raises; `resolution` is what the cluster agreed when it was sorted out at the meeting. */
export interface ConcernText {
  category: string;
  subject: string | null;
  grade: string | null;
  description: string;
  resolution: string;
}

/** Concerns the cluster sorts out at the meeting itself. */
export const RESOLVABLE: readonly ConcernText[] = [
  {
    category: 'classroom-management',
    subject: null,
    grade: '1, 2, 3',
    description:
      'میں ایک ہی کمرے میں پہلی، دوسری اور تیسری جماعت کو اکیلی پڑھاتی ہوں۔ جب ایک جماعت کو پڑھاتی ہوں تو باقی دو جماعتیں شور کرتی ہیں۔',
    resolution:
      'ایک جماعت کو براہِ راست پڑھاتے وقت باقی دو کو پہلے سے تیار مشق یا جوڑیوں میں کام دیں، اور بڑی جماعت کے ایک بچے کو مانیٹر بنائیں۔ کثیر الجماعتی ٹائم ٹیبل کا نمونہ سب کو دیا گیا۔',
  },
  {
    category: 'classroom-management',
    subject: null,
    grade: '1',
    description:
      'My class one has 78 children on the register and about 60 come every day. I cannot check every copy or hear every child read.',
    resolution:
      'Seat the children in fixed groups of six with a group leader; check one group’s copies each day in turn; choral reading first, then paired reading while you listen to two groups.',
  },
  {
    category: 'subject-content',
    subject: 'Mathematics',
    grade: '3',
    description: 'تیسری جماعت کے بچے حاصل والی جمع تو کر لیتے ہیں مگر سمجھ نہیں پاتے کہ ایک دہائی اوپر کیوں جاتی ہے۔',
    resolution:
      'تیلیوں کے گٹھے (دس کا ایک گٹھا) اور کنکریوں سے مقامی قیمت سمجھائیں، پھر ہی کاپی پر سوال کرائیں۔ کلسٹر میں تیلیوں سے جمع کا عملی مظاہرہ کیا گیا۔',
  },
  {
    category: 'subject-content',
    subject: 'English',
    grade: '4',
    description:
      'Children in class 4 can read the English lesson aloud but cannot tell me what it means. They memorise the question answers.',
    resolution:
      'Before reading, teach five key words with pictures and actions; after reading, ask two simple questions in Urdu or Balochi, then in English. Stop dictating answers to copy.',
  },
  {
    category: 'pedagogy',
    subject: 'General Science',
    grade: '5',
    description:
      'پانچویں جماعت میں پودوں کے حصوں کا سبق صرف کتاب سے پڑھاتی ہوں، بچے نام یاد کر لیتے ہیں مگر پہچان نہیں پاتے۔',
    resolution:
      'بچے اسکول کے آس پاس سے پودے لائیں اور گروپ میں جڑ، تنا، پتا اور پھول الگ کر کے چارٹ پر چپکائیں۔ ہر گروپ اپنا چارٹ جماعت کو سمجھائے۔',
  },
  {
    category: 'assessment',
    subject: 'Urdu',
    grade: '2',
    description:
      'ماہانہ ٹیسٹ میں سب بچے ایک جیسے جواب لکھتے ہیں کیونکہ وہ بورڈ سے نقل کیے ہوتے ہیں۔ مجھے پتہ نہیں چلتا کون واقعی پڑھ سکتا ہے۔',
    resolution:
      'ہر ہفتے پانچ بچوں سے الگ الگ ایک پیراگراف پڑھوائیں اور سادہ ریکارڈ شیٹ پر نشان لگائیں؛ مہینے میں پوری جماعت کی باری آ جائے گی۔ ریکارڈ شیٹ کا نمونہ بانٹا گیا۔',
  },
  {
    category: 'assessment',
    subject: 'Mathematics',
    grade: '4',
    description:
      'The exam papers from the district ask only for memorised answers. How can I assess whether my class 4 really understands fractions?',
    resolution:
      'Use a short task at the end of the lesson: fold a paper strip into quarters and shade three. Note on a class list who could and who could not, and regroup the next day.',
  },
  {
    category: 'pedagogy',
    subject: 'Urdu',
    grade: '1',
    description:
      'پہلی جماعت کے بہت سے بچے گھر میں صرف بلوچی یا براہوی بولتے ہیں، اردو کا قاعدہ ان کے لیے بالکل نیا ہے۔',
    resolution:
      'پہلے ہفتوں میں بچوں کی اپنی زبان کے الفاظ سے شروع کریں اور تصویروں کے ساتھ اردو لفظ جوڑیں۔ کلسٹر کی استانیوں نے دو زبانوں والے تصویری کارڈ مل کر بنائے۔',
  },
  {
    category: 'classroom-management',
    subject: null,
    grade: '3',
    description: 'کچھ بچے روز دیر سے آتے ہیں کیونکہ صبح انہیں پانی بھرنا اور بکریاں چرانا ہوتا ہے۔',
    resolution:
      'پہلے پندرہ منٹ دہرائی اور پڑھنے کی سرگرمی رکھیں تاکہ دیر سے آنے والے نیا سبق نہ کھوئیں؛ والدین سے ملاقات میں وقت پر بھیجنے کی درخواست کریں۔',
  },
  {
    category: 'subject-content',
    subject: 'General Science',
    grade: '4',
    description:
      'I am not confident teaching the water cycle myself. The book’s diagram is small and I do not know how to show evaporation without equipment.',
    resolution:
      'Put a steel glass of water in the sun and cover it with a plate; after an hour the children see the drops. The mentor shared a one-page note on the water cycle in Urdu.',
  },
  {
    category: 'pedagogy',
    subject: 'Social Studies',
    grade: '5',
    description: 'معاشرتی علوم کا سبق بچوں کو بہت خشک لگتا ہے، وہ صرف سوال جواب رٹتے ہیں۔',
    resolution:
      'سبق کو بچوں کے اپنے علاقے سے جوڑیں: اپنے گاؤں کا نقشہ بنائیں، بزرگوں سے پرانے دور کے بارے میں سوال پوچھ کر لائیں۔',
  },
  {
    category: 'assessment',
    subject: null,
    grade: '1, 2, 3, 4, 5',
    description: 'Results cards take me three days each term. Is there a simpler way to keep marks for five classes?',
    resolution:
      'One register page per class with subjects in columns, filled after each monthly test; the term card is then copied in an hour. A sample page was shared.',
  },
  {
    category: 'pedagogy',
    subject: 'English',
    grade: '2',
    description: 'دوسری جماعت کو انگریزی کے حروف کی آوازیں کیسے سکھاؤں؟ بچے صرف A B C کا گانا جانتے ہیں۔',
    resolution:
      'روز پانچ منٹ ایک حرف کی آواز، اس سے شروع ہونے والی دو چیزیں اور ایک حرکت۔ پہلے آوازیں، پھر حروف کے نام۔ کلسٹر میں آوازوں کا کھیل کر کے دکھایا گیا۔',
  },
  {
    category: 'subject-content',
    subject: 'Mathematics',
    grade: '5',
    description: 'Class 5 children confuse area and perimeter in every test.',
    resolution:
      'Let them walk round the classroom for perimeter and cover a desk with copy pages for area before any formula; keep both words on a wall chart with a drawing.',
  },
  {
    category: 'classroom-management',
    subject: null,
    grade: '2',
    description: 'جماعت میں چند بچے بہت شرارتی ہیں اور پورے سبق میں خلل ڈالتے ہیں۔ ڈانٹ کا اثر ایک دن رہتا ہے۔',
    resolution:
      'جماعت کے ساتھ مل کر تین سادہ اصول بنائیں اور دیوار پر لگائیں؛ شرارتی بچوں کو ذمہ داری دیں (کاپیاں بانٹنا، بورڈ صاف کرنا) اور اچھے رویے پر سب کے سامنے تعریف کریں۔',
  },
  {
    category: 'pedagogy',
    subject: 'Islamiat',
    grade: '3',
    description: 'اسلامیات کا سبق صرف زبانی یاد کروایا جاتا ہے، بچے اس کا مطلب اپنی زندگی سے نہیں جوڑ پاتے۔',
    resolution:
      'ہر سبق کے آخر میں بچوں سے پوچھیں کہ آج کی بات پر وہ گھر یا اسکول میں کیا کریں گے، اور اگلے دن دو بچوں سے سنیں۔',
  },
  {
    category: 'other',
    subject: null,
    grade: null,
    description:
      'Parents in my village do not send girls to school after class 3. Three of my best students left this year.',
    resolution:
      'The cluster agreed to invite mothers to a class open day each term, and the head teachers will raise it at the school council; the mentor will share the girls’ enrolment figures with the district office.',
  },
  {
    category: 'subject-content',
    subject: 'Urdu',
    grade: '4',
    description:
      'چوتھی جماعت کے بچے املا میں بہت غلطیاں کرتے ہیں، خاص طور پر ملتی جلتی آوازوں والے حروف میں (س، ص، ث)۔',
    resolution:
      'ایسے الفاظ کے جوڑے کارڈ پر لکھ کر روز کھیل کی طرح مشق کرائیں، اور غلطیاں کاٹنے کے بجائے بچے سے خود درست لفظ تلاش کروائیں۔',
  },
  {
    category: 'pedagogy',
    subject: 'Mathematics',
    grade: '1',
    description: 'How do I teach counting to 100 when I have no counting material at all?',
    resolution:
      'Collect bottle caps, seeds and sticks with the children; bundle sticks in tens. Make a number line on the floor with chalk and let children jump on it.',
  },
  {
    category: 'classroom-management',
    subject: null,
    grade: '4, 5',
    description: 'گرمیوں میں کمرہ بہت گرم ہو جاتا ہے اور بجلی نہیں ہوتی، دوپہر کے بعد بچے کچھ نہیں سیکھتے۔',
    resolution:
      'مشکل مضامین صبح پہلے دو پیریڈ میں رکھیں؛ دوپہر میں درخت کے سائے میں پڑھنے اور گروپ سرگرمی کا وقت رکھیں۔ ہیڈ ٹیچر ٹائم ٹیبل بدلنے پر متفق ہیں۔',
  },
  {
    category: 'assessment',
    subject: 'English',
    grade: '3',
    description: 'I give homework every day but half the class does not bring it, and I have no time to check it.',
    resolution:
      'Give short homework three days a week that children can do without help at home (draw and label, read to a sibling); check it in groups at the start of the lesson.',
  },
  {
    category: 'pedagogy',
    subject: 'General Science',
    grade: '3',
    description: 'تیسری جماعت کو جانداروں اور بے جان چیزوں کا فرق کیسے سکھاؤں کہ بچے خود سوچیں؟',
    resolution:
      'بچوں کو اسکول کے صحن میں بھیجیں کہ دس چیزیں لکھ کر لائیں، پھر گروپ میں دو خانوں میں بانٹیں اور وجہ بتائیں۔ مشکل مثالیں (بیج، آگ) پر جماعت میں بحث کرائیں۔',
  },
  {
    category: 'other',
    subject: null,
    grade: null,
    description:
      'ہمیں کلسٹر میٹنگ کے لیے دور کے گاؤں سے آنے جانے کا کرایہ نہیں ملتا، کئی استانیاں اس لیے نہیں آ پاتیں۔',
    resolution:
      'مینٹور نے ضلعی دفتر کو کرائے کی درخواست بھیج دی؛ تب تک ایک ہی گاؤں کی استانیاں مل کر سواری کا انتظام کریں گی۔',
  },
];

/** Concerns the cluster sends to a school follow-up: the mentor goes to the school. */
export const NEEDS_A_VISIT: readonly Omit<ConcernText, 'resolution'>[] = [
  {
    category: 'resources-materials',
    subject: 'English',
    grade: '4',
    description: 'چوتھی جماعت کی انگریزی کی کتابیں اب تک نہیں پہنچیں، آدھے بچوں کے پاس کتاب ہی نہیں ہے۔',
  },
  {
    category: 'school-management',
    subject: null,
    grade: null,
    description:
      'Two teachers of our school are absent most days, so I have to keep three classes together in the verandah.',
  },
  {
    category: 'pedagogy',
    subject: 'Urdu',
    grade: '2',
    description:
      'میں نے پڑھنے کی گروپ سرگرمی شروع کی ہے مگر ٹھیک نہیں چل رہی۔ کیا مینٹور میری جماعت میں آ کر دیکھ سکتے ہیں؟',
  },
  {
    category: 'resources-materials',
    subject: null,
    grade: '1, 2',
    description: 'ہمارے اسکول میں بلیک بورڈ ٹوٹ چکا ہے اور چاک بھی ہم اپنی جیب سے لاتے ہیں۔',
  },
  {
    category: 'school-management',
    subject: null,
    grade: '1, 2, 3, 4, 5',
    description:
      'The head teacher gives me all the non-teaching work (enrolment forms, data for the district), so my class is left alone two days a week.',
  },
  {
    category: 'assessment',
    subject: 'Mathematics',
    grade: '3',
    description:
      'Please help me set up the reading and numeracy record for my class; I did not understand the format from the training.',
  },
  {
    category: 'resources-materials',
    subject: 'General Science',
    grade: '5',
    description:
      'سائنس کٹ اسکول کے اسٹور میں بند ہے اور ہیڈ ٹیچر کہتے ہیں کہ ٹوٹ جائے گی، ہم اسے استعمال نہیں کر پاتے۔',
  },
  {
    category: 'classroom-management',
    subject: null,
    grade: '1',
    description:
      'پہلی جماعت میں 70 سے زیادہ بچے ہیں اور بیٹھنے کے لیے دریاں بھی کم ہیں۔ کمرہ بدلنے کے لیے ہیڈ ٹیچر سے بات کرنی ہے۔',
  },
  {
    category: 'school-management',
    subject: null,
    grade: null,
    description: 'بچیوں کے لیے اسکول میں بیت الخلا نہیں ہے، اس لیے بڑی جماعتوں کی بچیاں اکثر غیر حاضر رہتی ہیں۔',
  },
  {
    category: 'pedagogy',
    subject: 'Mathematics',
    grade: '4',
    description:
      'I tried teaching fractions with paper strips as agreed in the cluster, but the class got out of hand. Could the mentor watch a lesson?',
  },
];

/** Two teachers' concerns about the same thing: the mentor merges the second into the first. */
export const MERGED_PAIR: readonly [ConcernText, Omit<ConcernText, 'resolution'>] = [
  {
    category: 'resources-materials',
    subject: 'General Science',
    grade: '4, 5',
    description: 'سائنس کے تجربات کے لیے ہمارے اسکول میں کوئی سامان نہیں، بچے صرف کتاب میں تصویریں دیکھتے ہیں۔',
    resolution:
      'کم خرچ سامان کی فہرست بنی: خالی بوتلیں، موم بتی، مقناطیس، عدسہ۔ ہر اسکول ایک ڈبہ بنائے گا؛ مینٹور اگلی میٹنگ میں ہر تجربے کا ایک صفحہ لائیں گے۔',
  },
  {
    category: 'resources-materials',
    subject: 'General Science',
    grade: '5',
    description: 'No materials for science activities in class 5; the children only read about the experiments.',
  },
];

/** What the mentor did at the school (the visit note, the mentor's own words). */
export const SUPPORT_GIVEN: readonly string[] = [
  'ہیڈ ٹیچر کے ساتھ بیٹھ کر ٹائم ٹیبل دوبارہ بنایا تاکہ ہر جماعت کو روزانہ استاد ملے۔ استانی کے ساتھ ایک سبق مل کر پڑھایا۔',
  'Watched the reading lesson; we agreed on smaller groups of five and a reading card for each group. Modelled the first ten minutes myself.',
  'ضلعی دفتر کو کتابوں کی کمی کی فہرست بھیجی اور اسکول کے اسٹور سے پچھلے سال کی کتابیں نکلوا کر بچوں میں بانٹیں۔',
  'Met the head teacher about the non-teaching work; the enrolment forms will now be filled on Saturdays. Observed part of a maths lesson.',
  'استانی کے ساتھ کسروں کا سبق کاغذ کی پٹیوں سے مل کر پڑھایا، پھر انہوں نے اکیلے دوسرا حصہ پڑھایا۔ جماعت کو گروپوں میں بٹھانے کا طریقہ طے کیا۔',
  'Opened the science kit with the head teacher and teachers; made a sign-out sheet so each class can use it once a week.',
  'ریکارڈ شیٹ بھرنے کا طریقہ ایک ایک خانہ کر کے سمجھایا؛ پانچ بچوں کا ریکارڈ ہم نے ساتھ بھرا۔',
  'Spoke with the SMC chairman and the head teacher about seating; a second room will be cleared for class one.',
];

/** The head teacher's acknowledgement of a visit (their own words). */
export const ACK_COMMENTS: readonly (string | null)[] = [
  'مینٹور صاحب کے دورے سے بہت مدد ملی، نیا ٹائم ٹیبل کل سے نافذ ہے۔',
  'Thank you. The books issue has been sent to the district office again.',
  'دورے کی تصدیق کرتا ہوں۔ استانی نے اگلے دن خود گروپ سرگرمی کروائی۔',
  null,
  'Visit confirmed. We will give the kit to one class each week as agreed.',
  'شکریہ، اسکول مینجمنٹ کمیٹی سے کمرے کی بات ہو گئی ہے۔',
];

/** Unnamed comments attendees leave with their rating of a cluster meeting. */
export const FEEDBACK_COMMENTS: readonly string[] = [
  'بہت مفید میٹنگ تھی، تیلیوں سے جمع کا طریقہ میں کل ہی آزماؤں گی۔',
  'The demonstration lesson was the best part. More of those, please.',
  'دوسرے دن بہت دیر سے شروع ہوا، اور کرایہ کا مسئلہ ابھی تک حل نہیں ہوا۔',
  'Too much time on forms and registers, too little on teaching.',
  'دوسری استانیوں کے تجربات سن کر حوصلہ ملا۔',
  'میرا مسئلہ ایجنڈا پر نہیں آیا، اگلی بار وقت کم نہ ہو۔',
  'Good discussion on large classes; I will try the groups of six.',
  'کمرہ بہت چھوٹا تھا اور گرمی بہت تھی۔',
  'مینٹور نے ہر ایک کی بات سنی، شکریہ۔',
  'We need materials we can take back to school, not only ideas.',
];
