// The keys of the portfolio configuration alone, no words: the command schemas import these, so
// the web's input check does not carry the prompts' translations (portfolio-prompts.ts has them).

/** The prompt sets a program may choose (`settings.portfolioPromptSet`); the first is the default. */
export const PORTFOLIO_PROMPT_SET_KEYS = ['describe-interpret-evaluate-plan', 'what-so-what-now-what'] as const;
export type PortfolioPromptSetKey = (typeof PORTFOLIO_PROMPT_SET_KEYS)[number];
export const DEFAULT_PORTFOLIO_PROMPT_SET: PortfolioPromptSetKey = 'describe-interpret-evaluate-plan';

/** What a portfolio entry may be linked to (issue 8, point 6: "linked to meetings, observations, goals or modules"). */
export const REFLECTION_LINK_TYPES = ['meeting', 'observation', 'goal', 'module'] as const;
export type ReflectionLinkType = (typeof REFLECTION_LINK_TYPES)[number];
