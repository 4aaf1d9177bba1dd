import { css } from 'lit';

export const newsCardStyles = css`
  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--iom-news-card-background, var(--_surface));
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .loading {
    min-block-size: 14rem;
    background: var(--_subtle);
  }
  .text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    align-content: start;
    min-inline-size: 0;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .meta,
  .organizations {
    color: var(--_muted);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .label {
    font-weight: 600;
  }
  abbr {
    text-decoration: none;
  }
  .more a {
    font-weight: 600;
    display: inline-block;
    padding-block: 0.25em;
  }
  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    align-content: start;
  }
  .figure {
    display: grid;
    gap: 0.15em;
    align-content: start;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .figure-value {
    font-weight: 700;
    font-size: 1.05em;
    color: var(--_text);
  }
  .figure-equivalent,
  .figure-label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .compact {
    padding: calc(var(--_space) * 0.75);
  }
  .compact .title {
    font-size: 1.05em;
  }
  @container (min-width: 40rem) {
    .horizontal {
      grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
      align-items: start;
    }
    .horizontal .figures {
      grid-template-columns: 1fr;
    }
  }
  @container (max-width: 20rem) {
    .card {
      padding: calc(var(--_space) * 0.75);
    }
    .title {
      font-size: 1.1em;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .figure {
      border-color: CanvasText;
    }
  }
`;
