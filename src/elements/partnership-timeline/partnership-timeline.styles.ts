import { css } from 'lit';

export const partnershipTimelineStyles = css`
  .timeline {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--iom-timeline-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .loading {
    min-block-size: 20rem;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .partners,
  .when,
  .place,
  .people,
  .figure-equivalent,
  .figure-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .label,
  .person,
  .when {
    font-weight: 600;
  }
  abbr {
    text-decoration: none;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* The line runs along the list; each milestone has a marker on it. */
  .milestones {
    --_line: var(--iom-timeline-line, var(--_accent));
    list-style: none;
    margin: 0;
    margin-inline-start: 7px;
    padding: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_space);
    border-inline-start: 2px solid var(--_line);
  }
  .milestone {
    position: relative;
    display: grid;
    gap: 0.35rem;
    align-content: start;
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .milestone::before {
    content: '';
    position: absolute;
    inset-block-start: 1rem;
    inset-inline-start: calc(-1.25rem - 9px);
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    border: 2px solid var(--_line);
    background: var(--_line);
  }
  /* What is announced but not done: a hollow marker, a dashed frame, and a label in words. */
  .upcoming {
    border-style: dashed;
  }
  .upcoming::before {
    background: var(--_surface);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .undated {
    font-style: italic;
    font-weight: 400;
  }
  .status {
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    color: var(--_text);
  }
  .milestone-title,
  .figure-value {
    font-weight: 700;
  }
  .people {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .person {
    color: var(--_text);
  }
  .figures {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }
  .figure {
    display: grid;
    align-content: start;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_accent);
  }
  .milestones:focus-visible {
    outline-offset: 4px;
  }
  /* Horizontal, where the container is wide enough: the line runs along the top (drawn inside
     the list, so scrolling sideways neither clips the markers nor leaves the line behind). */
  @container (min-width: 48rem) {
    .milestones.horizontal {
      margin: 0;
      padding: 1.25rem 0 0.5rem;
      border: 0;
      background: linear-gradient(var(--_line), var(--_line)) 0 7px / 100% 2px no-repeat local;
      grid-auto-flow: column;
      grid-auto-columns: minmax(15rem, 1fr);
      align-items: start;
      overflow-x: auto;
    }
    .horizontal .milestone::before {
      inset-block-start: -1.25rem;
      inset-inline-start: 1rem;
    }
    /* When the milestones overflow, the list fades out at the edge beyond which more of them
       follow: the end at first, both edges in between, the start once scrolled to the end. The
       fades follow the scroll position (a scroll-driven animation, no script); a list that fits
       has an inactive scroll timeline, so nothing fades. A mask only hides, so it works with
       any theme and in forced colours. */
    @supports (animation-timeline: scroll()) {
      .milestones.horizontal {
        --_towards-end: right;
        animation: more-milestones linear both;
        animation-timeline: scroll(self inline);
      }
      .milestones.horizontal:dir(rtl) {
        --_towards-end: left;
      }
    }
  }
  @keyframes more-milestones {
    from {
      mask-image: linear-gradient(to var(--_towards-end), #000 calc(100% - 3rem), #0000);
    }
    2%,
    98% {
      mask-image: linear-gradient(to var(--_towards-end), #0000, #000 3rem calc(100% - 3rem), #0000);
    }
    to {
      mask-image: linear-gradient(to var(--_towards-end), #0000, #000 3rem);
    }
  }
  @media (forced-colors: active) {
    .milestone::before {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .upcoming::before {
      background: Canvas;
    }
    /* Forced colours drop background images, and the horizontal line is one: the list keeps it,
       in the text colour, and its focus ring in the system's; its milestones are forced as usual. */
    .milestones.horizontal {
      --_line: CanvasText;
      forced-color-adjust: none;
      outline-color: Highlight;
    }
    .milestones.horizontal > * {
      forced-color-adjust: auto;
    }
  }
`;
