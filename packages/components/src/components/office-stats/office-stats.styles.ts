import { css } from 'lit';

export const officeStatsStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem var(--_space);
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  select,
  input,
  button {
    font: inherit;
    min-height: var(--_target);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: var(--_bg);
  }
  button {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
    /* "In" alone would be 35 px wide: a finger's target either way. */
    min-width: var(--_target);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  [part='figures'] div {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  [part='figures'] dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='figures'] dd {
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
  }
  figure {
    margin: 0;
  }
  [part='chart'] {
    width: 100%;
    max-width: 42rem;
    height: auto;
    font-size: 14px;
  }
  /* The bars' colours are alike in lightness: a gap between segments, and late is hatched. */
  [part='chart'] g rect {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .on-time {
    fill: var(--_success);
  }
  .hatch-ground {
    fill: var(--_danger);
  }
  .hatch-line {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .in-progress {
    fill: var(--_primary);
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.3em;
    border: 1px solid var(--_text);
    border-radius: 2px;
    vertical-align: -0.05em;
  }
  .swatch.on-time {
    background: var(--_success);
  }
  .swatch.late {
    background: repeating-linear-gradient(45deg, var(--_danger) 0 3px, var(--_bg) 3px 4.5px);
  }
  .swatch.in-progress {
    background: var(--_primary);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart-label {
    fill: var(--_text);
  }
  [part='table'] {
    border-collapse: collapse;
    /* On a phone the table scrolls sideways rather than breaking numbers into letters. */
    width: max-content;
    min-width: 100%;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  [part='table'] th,
  [part='table'] td {
    border-bottom: 1px solid var(--_border);
    padding: 0.35rem 0.5rem;
    text-align: end;
  }
  [part='table'] th[scope='row'],
  [part='table'] thead th:first-child {
    text-align: start;
    min-width: 10rem;
    max-width: 16rem;
  }
  [part='table'] td,
  [part='table'] thead th {
    white-space: nowrap;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
  }
  [part='message'] {
    margin: 0;
  }
  [part='message'][role='alert'] {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    /* Forced colours would paint every swatch the page's background: the key keeps its own
       system colours (solid, hatched, hollow), as the bars do. */
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .swatch.on-time {
      background: CanvasText;
    }
    .swatch.late {
      background: repeating-linear-gradient(45deg, CanvasText 0 2px, Canvas 2px 4px);
    }
    .swatch.in-progress {
      background: Canvas;
    }
    [part='chart'] g rect {
      stroke: Canvas;
    }
    .on-time {
      fill: CanvasText;
    }
    .hatch-ground {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    [part='chart'] .in-progress {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart-label {
      fill: CanvasText;
    }
  }
  @media print {
    [part='controls'],
    [part='actions'] {
      display: none;
    }
  }
`;
