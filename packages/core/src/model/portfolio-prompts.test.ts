import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PORTFOLIO_PROMPT_SET,
  PORTFOLIO_PROMPT_SET_KEYS,
  PORTFOLIO_PROMPT_SETS,
  portfolioPromptSet,
} from './portfolio-prompts';
import { WriteReflection } from './reflection';
import { translationProblems } from './test-translations';

describe('portfolio prompt sets', () => {
  it('default to describe → interpret → evaluate → plan (issue 8, point 6)', () => {
    expect(portfolioPromptSet(undefined).prompts.map((p) => p.key)).toEqual([
      'describe',
      'interpret',
      'evaluate',
      'plan',
    ]);
    expect(portfolioPromptSet('no-such-set').key).toBe(DEFAULT_PORTFOLIO_PROMPT_SET);
    expect(PORTFOLIO_PROMPT_SETS.map((s) => s.key)).toEqual([...PORTFOLIO_PROMPT_SET_KEYS]);
  });

  it('have every label and hint in all four languages', () => {
    const problems = PORTFOLIO_PROMPT_SETS.flatMap((s) =>
      s.prompts.flatMap((p) => [
        ...translationProblems(`${s.key}.${p.key}`, p.label),
        ...translationProblems(`${s.key}.${p.key}.hint`, p.hint),
      ]),
    );
    expect(problems).toEqual([]);
  });
});

describe('WriteReflection', () => {
  const valid = {
    programId: '0190b5e2-0000-7000-8000-000000000001',
    authorPersonId: '0190b5e2-0000-7000-8000-000000000002',
    answers: { describe: '  Punë në grupe.  ' },
    entryDate: '2026-03-10',
  };

  it('is private by default and trims the answers', () => {
    expect(WriteReflection.parse(valid)).toMatchObject({
      visibility: 'author',
      answers: { describe: 'Punë në grupe.' },
    });
  });

  it('refuses an entry with no answer, a link without its id, a pair without its group', () => {
    expect(WriteReflection.safeParse({ ...valid, answers: {} }).success).toBe(false);
    expect(WriteReflection.safeParse({ ...valid, linkedType: 'goal' }).success).toBe(false);
    expect(WriteReflection.safeParse({ ...valid, partnerPersonId: valid.programId }).success).toBe(false);
    expect(WriteReflection.safeParse({ ...valid, visibility: 'group' }).success).toBe(false);
  });
});
