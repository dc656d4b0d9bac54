import { css } from 'lit';

export const dossierLookupStyles = css`
  [part='follow'] {
    display: grid;
    gap: 0.5rem;
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  [part='follow'] p {
    margin: 0;
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  [part='form'] {
    display: grid;
    gap: 0.5rem;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .row > * {
    flex: 1 1 auto;
  }
  [part='hint'] {
    color: var(--_muted);
    font-size: 0.95em;
    margin: 0;
  }
  [part='hint'][data-state='invalid'],
  [part='scan-error'] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  [part='hint'][data-state='valid'] {
    color: var(--_success);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  @media (forced-colors: active) {
    /* Forced colours take the red away: a thicker, double border marks the field. */
    input[aria-invalid='true'] {
      border: 4px double CanvasText;
    }
    [part='hint'][data-state='invalid'] {
      text-decoration: underline;
    }
  }
  [part='message'] {
    border-left: 6px solid var(--_danger);
    background: var(--_danger-bg);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  [part='message'] p {
    margin: 0;
    flex: 1 1 16rem;
  }
  [part='skeleton'] {
    display: grid;
    gap: 0.75rem;
  }
  [part='skeleton'] .skeleton {
    height: 1.25rem;
  }
  [part='skeleton'] .skeleton.tall {
    height: 4rem;
  }
  [part='result']:focus-visible {
    outline-offset: 4px;
  }

  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: none;
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_bg, #fff);
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
    margin-bottom: var(--_space);
  }
  .dialog-head button {
    /* "Đóng" stays one word beside a long title on a phone. */
    flex: none;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.2em;
  }
`;
