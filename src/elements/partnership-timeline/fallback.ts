/**
 * The light-DOM fallback of a prerendered `<iom-partnership-timeline>` (`iom-widgets render`), for readers
 * without Declarative Shadow DOM: see src/render/fallback.ts.
 */
import type { Partnership } from '../../data/schema.js';
import { markupOf, paragraph, text, time, type FallbackContext } from '../../render/fallback.js';

/** The fallback of `<iom-partnership-timeline>`: its title and summary, then its milestones with their dates. */
export const fallback = ({ partnership }: { partnership: Partnership }, context: FallbackContext): string =>
  markupOf(context).heading(text(partnership.title, context), context.headingLevel) +
  (partnership.summary ? paragraph(partnership.summary, context) : '') +
  (partnership.milestones.length
    ? markupOf(context).list(
        partnership.milestones.map((milestone) => `${milestone.date ? `${time(milestone.date, context)}: ` : ''}${text(milestone.title, context)}`),
        true,
      )
    : '');
