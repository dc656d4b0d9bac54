import { css } from 'lit';

export const procedureDetailStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  [part='title'] {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  [part='summary'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: 0.5rem var(--_space);
    margin: 0;
  }
  [part='summary'] dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='summary'] dd {
    margin: 0;
    font-weight: 600;
  }
  section h3 {
    margin: 0 0 0.4rem;
    font-size: 1.1em;
  }
  [part='documents'] {
    margin: 0;
    padding-left: 1.25rem;
  }
  [part='documents'] li {
    margin-bottom: 0.4rem;
  }
  .case {
    font-weight: 600;
    margin: 0.5rem 0 0.25rem;
  }
  .count {
    color: var(--_muted);
  }
  a {
    color: var(--_primary);
  }
  [part='online-link'] {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  p:has(> [part='back']) {
    margin: 0;
  }
  [part='actions'] {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  @media print {
    [part='actions'],
    [part='back'] {
      display: none;
    }
    :host {
      color: #000;
    }
  }
  .doc-number {
    font-weight: 600;
  }
`;
