import { css } from 'lit';

export const barcodeScannerStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  [part='viewport'] {
    position: relative;
    aspect-ratio: var(--_aspect, 4 / 3);
    max-height: 70vh;
    background: #111;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  video {
    width: 100%;
    height: 100%;
    object-fit: contain;
    display: block;
  }
  /* The region the decoder reads: keep in step with ROI in the component. */
  [part='frame'] {
    position: absolute;
    left: 10%;
    top: 20%;
    width: 80%;
    height: 60%;
    box-sizing: border-box;
    border: 3px solid var(--motcua-scanner-frame-color, #fff);
    border-radius: 0.5rem;
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.45);
  }
  [part='viewport'][data-state='found'] [part='frame'] {
    border-color: var(--_success);
  }
  [part='status'] {
    margin: 0;
  }
  [part='controls'],
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [part='message'] {
    border-left: 6px solid var(--_danger);
    background: var(--_danger-bg);
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  [part='message'] p {
    margin: 0;
  }
  [part='fallback'] {
    display: grid;
    gap: 0.5rem;
  }
  [part='fallback'] form {
    display: grid;
    gap: 0.5rem;
  }
  label {
    font-weight: 600;
  }
  input[type='file'] {
    display: none;
  }
  input[type='range'] {
    min-height: auto;
    flex: 1 1 8rem;
  }
`;
