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
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='figures'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr));
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
  .on-time {
    fill: var(--_success);
  }
  .late {
    fill: var(--_danger);
  }
  .in-progress {
    fill: var(--_primary);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    vertical-align: -0.05em;
  }
  .swatch.on-time {
    background: var(--_success);
  }
  .swatch.late {
    background: var(--_danger);
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
  @media print {
    [part='controls'],
    [part='actions'] {
      display: none;
    }
  }
`;
