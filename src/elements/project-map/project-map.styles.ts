import { css } from 'lit';

export const projectMapStyles = css`
  .project {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .loading {
    min-block-size: 24rem;
  }
  figure,
  ul {
    margin: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .status {
    justify-self: start;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .label,
  .figure-value {
    font-weight: 600;
  }
  .aside,
  .details,
  .legend,
  .disclaimer,
  .figure-equivalent,
  .figure-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .map {
    display: grid;
    gap: 0.5rem;
  }
  .details {
    min-block-size: 1.5em;
    font-weight: 600;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  .sea {
    fill: var(--iom-map-sea, var(--_subtle));
  }
  .land path {
    fill: var(--iom-map-land, light-dark(#e3e7ee, #323b4d));
    stroke: var(--_surface);
    stroke-width: 0.6;
  }
  .land .borders {
    fill: none;
  }
  .country {
    fill: var(--iom-map-highlight, var(--_accent));
    stroke: var(--_surface);
    stroke-width: 0.6;
    cursor: pointer;
    outline: none;
  }
  .marker,
  .leader {
    fill: var(--iom-map-highlight, var(--_accent));
    fill-opacity: 0.35;
    stroke: var(--iom-map-highlight, var(--_accent));
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  /* A country too small to see is picked by its marker; its outline takes no pointer from a neighbour's marker. */
  path:has(~ .marker),
  .leader {
    pointer-events: none;
  }
  .country.active path,
  .country:focus-visible path {
    stroke: var(--_text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .country:focus-visible .marker,
  .country.active .marker {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: -0.4rem;
    border-radius: 2px;
    vertical-align: middle;
  }
  .project-swatch {
    background: var(--iom-map-highlight, var(--_accent));
  }
  .other-swatch {
    background: var(--iom-map-land, light-dark(#e3e7ee, #323b4d));
    border: 1px solid var(--_border);
  }
  .countries,
  .resources {
    padding-inline-start: 1.2em;
  }
  .figures {
    list-style: none;
    padding: 0;
    display: grid;
    align-items: start;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }
  .figure {
    display: grid;
    align-content: start;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_accent);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* Wide containers: the list beside the map. */
  @container (min-width: 52rem) {
    .project {
      grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
    }
    .title,
    .status,
    .summary,
    .map,
    .empty {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .country,
    .marker,
    .leader {
      fill: Highlight;
      stroke: CanvasText;
    }
    .land path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .project-swatch {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
