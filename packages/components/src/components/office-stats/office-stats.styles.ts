import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS, which ships as written):
 * - "In" alone would be 35 px wide: a finger's target either way.
 * - The element's own width decides (a phone, a sidebar, a wide page), not the screen's.
 * - The name above its bar on a phone: it wraps, never runs under the bar.
 * - Not the 300 px an SVG is by default: the row's width decides.
 * - The bars' colours are alike in lightness: a gap between segments, and late is hatched.
 * - Other (not accepted, withdrawn, stopped, no due date): hollow, with a dashed edge.
 * - The table takes the element's width, its headings wrapping between words; numbers never break (were it still too wide, it scrolls in its own region).
 * - A phone: each group a card of label–number rows, read top to bottom.
 * - Forced colours would paint every swatch the page's background: the key keeps its own system colours (solid, hatched, hollow), as the bars do.
 * - A4 portrait: the table, whole, in the page's width (its headings wrap); not the cards.
 * - Nine columns in 19 cm: the names get a quarter, each number the same share.
 */
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
    display: grid;
    gap: 0.5rem;
  }
  [part='base'] {
    container-type: inline-size;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
  }
  [part='chart'] {
    display: grid;
    gap: 0.35rem 0.75rem;
    max-width: 48rem;
  }
  .chart-row {
    display: grid;
    gap: 0.1rem 0.75rem;
    break-inside: avoid;
  }
  @container (min-width: 34rem) {
    .chart-row {
      grid-template-columns: 13rem minmax(0, 1fr);
      align-items: center;
    }
  }
  .chart-label {
    font-size: 0.9em;
    line-height: 1.25;
  }
  .bar-line {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .bar {
    flex: 1 1 0;
    width: 0;
    min-width: 0;
    height: 1.25em;
    overflow: visible;
  }
  .chart-total {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 2ch;
  }
  [part='chart'] rect {
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
  [part='chart'] rect.other {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
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
  .swatch.other {
    background: var(--_bg);
    border: 2px dashed var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='table'] {
    border-collapse: collapse;
    width: 100%;
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
  [part='table'] td {
    white-space: nowrap;
  }
  [part='table'] thead th {
    vertical-align: bottom;
  }
  .table-wrap {
    overflow-x: auto;
  }
  [part='cards'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  [part='cards'] li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  [part='cards'] li:last-child {
    background: var(--_surface);
  }
  .card-caption,
  .card-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  [part='cards'] dl {
    margin: 0;
    display: grid;
  }
  [part='cards'] dl div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    border-top: 1px solid var(--_surface);
    padding: 0.15rem 0;
  }
  [part='cards'] dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .other-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  @container (max-width: 39.99rem) {
    .table-wrap {
      display: none;
    }
  }
  @container (min-width: 40rem) {
    [part='cards'] {
      display: none;
    }
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
    [part='chart'] rect {
      stroke: Canvas;
    }
    [part='chart'] rect.other {
      fill: Canvas;
      stroke: CanvasText;
    }
    .swatch.other {
      background: Canvas;
      border-style: dashed;
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
  }
  @media print {
    [part='controls'],
    [part='actions'],
    [part='cards'] {
      display: none;
    }
    .table-wrap {
      display: block;
      overflow: visible;
    }
    [part='table'] {
      width: 100%;
      min-width: 0;
      font-size: 9pt;
      table-layout: fixed;
    }
    [part='table'] thead th:first-child {
      width: 24%;
    }
    [part='table'] th,
    [part='table'] thead th,
    [part='table'] td {
      white-space: normal;
      padding: 0.2rem 0.3rem;
    }
    [part='table'] th[scope='row'],
    [part='table'] thead th:first-child {
      min-width: 0;
      max-width: none;
    }
    [part='table'] tr {
      break-inside: avoid;
    }
  }
`;
