/**
 * The light-DOM fallback of a prerendered `<iom-project-map>` (`iom-widgets render`), for readers
 * without Declarative Shadow DOM: see src/render/fallback.ts.
 */
import type { Project } from '../../data/schema.js';
import { escapeHtml, link, markupOf, paragraph, text, type FallbackContext } from '../../render/fallback.js';

/** The fallback of `<iom-project-map>`: the project's title (a link to it when it has a page), summary and countries. */
export const fallback = ({ project }: { project: Project }, context: FallbackContext): string => {
  const names = new Intl.DisplayNames(context.intlLocale, { type: 'region', fallback: 'code' });
  const countries = project.countries.map(({ code }) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return (
    markupOf(context).heading(link(text(project.title, context), project.url, context), context.headingLevel) +
    paragraph(project.summary, context) +
    (countries.length ? markupOf(context).list(countries.map(escapeHtml)) : '')
  );
};
