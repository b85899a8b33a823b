import type { Translations } from './instrument-types';

export * from './portfolio-keys';

// Zod-free portfolio configuration, shown offline by the web app through
// `@mentora/core/program-defaults` (like need-areas.ts).

/** One question a portfolio entry answers: a stable key (the key of the answer) and its words. */
export interface PortfolioPrompt {
  key: string;
  label: Translations;
  /** What the writer might think about; shown under the label. */
  hint: Translations;
}

/** A named set of prompts; a program chooses one (`settings.portfolioPromptSet`), else the default. */
export interface PortfolioPromptSet {
  key: string;
  prompts: readonly PortfolioPrompt[];
}

/**
 * The default set, describe → interpret → evaluate → plan (issue 8, point 6). Kosovo seed: mentors
 * and mentees "kept reflective portfolios of their meetings"; the study found mentors had no time
 * to reflect, so four short prompts, each optional, rather than a form.
 */
export const DESCRIBE_INTERPRET_EVALUATE_PLAN: PortfolioPromptSet = {
  key: 'describe-interpret-evaluate-plan',
  prompts: [
    {
      key: 'describe',
      label: { en: 'Describe', ur: 'بیان کریں', sq: 'Përshkruaj', sr: 'Опиши' },
      hint: {
        en: 'What happened? Who was there, what did you and the students do?',
        ur: 'کیا ہوا؟ کون موجود تھا، آپ نے اور طلبہ نے کیا کیا؟',
        sq: 'Çfarë ndodhi? Kush ishte i pranishëm, çfarë bëtë ju dhe nxënësit?',
        sr: 'Шта се догодило? Ко је био присутан, шта сте радили ви и ученици?',
      },
    },
    {
      key: 'interpret',
      label: { en: 'Interpret', ur: 'تشریح کریں', sq: 'Interpreto', sr: 'Протумачи' },
      hint: {
        en: 'Why do you think it happened that way?',
        ur: 'آپ کے خیال میں ایسا کیوں ہوا؟',
        sq: 'Pse mendoni se ndodhi kështu?',
        sr: 'Зашто мислите да се то тако догодило?',
      },
    },
    {
      key: 'evaluate',
      label: { en: 'Evaluate', ur: 'جائزہ لیں', sq: 'Vlerëso', sr: 'Процени' },
      hint: {
        en: 'What went well, and what would you change?',
        ur: 'کیا اچھا رہا، اور آپ کیا بدلنا چاہیں گے؟',
        sq: 'Çfarë shkoi mirë dhe çfarë do të ndryshonit?',
        sr: 'Шта је прошло добро, а шта бисте променили?',
      },
    },
    {
      key: 'plan',
      label: { en: 'Plan', ur: 'منصوبہ بنائیں', sq: 'Planifiko', sr: 'Планирај' },
      hint: {
        en: 'What will you try next, and when?',
        ur: 'آپ آگے کیا آزمائیں گے، اور کب؟',
        sq: 'Çfarë do të provoni më pas dhe kur?',
        sr: 'Шта ћете следеће покушати и када?',
      },
    },
  ],
};

/** A shorter set for programs that want it: what? so what? now what? (Rolfe et al., 2001). */
export const WHAT_SO_WHAT_NOW_WHAT: PortfolioPromptSet = {
  key: 'what-so-what-now-what',
  prompts: [
    {
      key: 'what',
      label: { en: 'What?', ur: 'کیا ہوا؟', sq: 'Çfarë?', sr: 'Шта?' },
      hint: {
        en: 'What happened?',
        ur: 'کیا واقعہ پیش آیا؟',
        sq: 'Çfarë ndodhi?',
        sr: 'Шта се догодило?',
      },
    },
    {
      key: 'so-what',
      label: { en: 'So what?', ur: 'تو کیا؟', sq: 'Po pastaj?', sr: 'И шта онда?' },
      hint: {
        en: 'What does it mean for your teaching?',
        ur: 'آپ کی تدریس کے لیے اس کا کیا مطلب ہے؟',
        sq: 'Çfarë do të thotë kjo për mësimdhënien tuaj?',
        sr: 'Шта то значи за вашу наставу?',
      },
    },
    {
      key: 'now-what',
      label: { en: 'Now what?', ur: 'اب کیا؟', sq: 'Po tani?', sr: 'Шта сада?' },
      hint: {
        en: 'What will you do next?',
        ur: 'اب آپ آگے کیا کریں گے؟',
        sq: 'Çfarë do të bëni më pas?',
        sr: 'Шта ћете урадити следеће?',
      },
    },
  ],
};

/** Every prompt set a program may choose, by key; the first is the default. */
export const PORTFOLIO_PROMPT_SETS: readonly PortfolioPromptSet[] = [
  DESCRIBE_INTERPRET_EVALUATE_PLAN,
  WHAT_SO_WHAT_NOW_WHAT,
];

/** The prompt set with this key; the default for an unknown or missing key (an older program). */
export function portfolioPromptSet(key: string | null | undefined): PortfolioPromptSet {
  return PORTFOLIO_PROMPT_SETS.find((s) => s.key === key) ?? DESCRIBE_INTERPRET_EVALUATE_PLAN;
}
