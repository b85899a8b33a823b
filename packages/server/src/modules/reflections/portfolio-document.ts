import { type Locale, portfolioPromptSet, type Reflection } from '@mentora/core';
import type { PortfolioDocument } from '../../pdf/portfolio-pdf';
import { PORTFOLIO_LABELS, promptLabel } from './pdf-labels';

/** One entry to print: the reflection and the title of what it links to, if known. */
export interface PrintedEntry {
  reflection: Reflection;
  linkedTitle: string | null;
}

/**
 * The document a teacher's own portfolio prints as (issue 8, point 6), every word in `locale`:
 * entries oldest first (a portfolio reads as a story), each answer under its prompt's label in the
 * order of the prompt set. The caller passes only the person's own entries.
 */
export function portfolioDocument(input: {
  locale: Locale;
  personName: string;
  programName: string;
  generatedAt: string;
  entries: readonly PrintedEntry[];
}): PortfolioDocument {
  const labels = PORTFOLIO_LABELS[input.locale];
  const entries = [...input.entries]
    .sort(
      (a, b) =>
        a.reflection.entryDate.localeCompare(b.reflection.entryDate) ||
        a.reflection.createdAt.localeCompare(b.reflection.createdAt),
    )
    .map(({ reflection: r, linkedTitle }) => {
      const prompts = portfolioPromptSet(r.promptSetKey).prompts;
      const linkedTo = r.linkedType
        ? linkedTitle
          ? `${labels.links[r.linkedType]}: ${linkedTitle}`
          : labels.links[r.linkedType]
        : undefined;
      return {
        date: r.entryDate,
        title: linkedTitle ?? labels.kind,
        kind: labels.kind,
        ...(linkedTo ? { linkedTo } : {}),
        sections: prompts.flatMap((p) =>
          r.answers[p.key] ? [{ label: promptLabel(p, input.locale), text: r.answers[p.key] as string }] : [],
        ),
      };
    });
  return {
    locale: input.locale,
    title: labels.title,
    personName: input.personName,
    programName: input.programName,
    generatedAt: input.generatedAt,
    labels: { generated: labels.generated, entries: labels.entries, linkedTo: labels.linkedTo, empty: labels.empty },
    entries,
  };
}
