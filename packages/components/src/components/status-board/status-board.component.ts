import { isMotcuaError, type HallBoard, type HallBoardItem } from '@motcua/core';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { BackendElement } from '../../internal/backend-element.js';
import { formatDateTime } from '../../internal/format.js';
import { vi } from '../../internal/lang.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { statusBoardStyles } from './status-board.styles.js';
import { boardStrings, type BoardStringKey } from './status-board.strings.js';

/** HH:MM in Vietnam time. */
const clock = (iso: string) => formatDateTime(iso).split(' ')[0] ?? '';

/**
 * The one-door hall's screen: results ready to collect and dossiers waiting for the applicant
 * (documents to bring, fees to pay), with masked names — never more than a look-up without
 * the key shows. Large type for across the room; refreshes itself with the time of the last
 * update, pages through long lists on its own, keeps the last list (marked as possibly out of
 * date) when the network drops, and can chime when a result becomes ready. `kiosk` is for an
 * unattended TV: no pointer, and the screen kept awake where the browser allows it.
 *
 * @summary The one-door hall's screen.
 * @tagname motcua-status-board
 *
 * @fires motcua-board-update - A new list arrived: `{ board, added }` (codes newly ready).
 *
 * @csspart base - The wrapper.
 * @csspart updated - When the list was last updated (`data-stale` while the network is down).
 * @csspart lists - The two lists.
 * @csspart ready - Results ready to collect.
 * @csspart waiting - Dossiers waiting for the applicant.
 * @csspart page - Which page of a long list is shown.
 * @csspart message - Loading and error messages.
 *
 * @cssprop --motcua-board-font-size - The board's type size (default: grows with the screen).
 */
export class MotcuaStatusBoard extends BackendElement<BoardStringKey> {
  static override tag = 'motcua-status-board';
  static override strings = boardStrings;
  static override styles = [themeStyles, statusBoardStyles];

  static override properties = {
    agency: {},
    days: { type: Number },
    refresh: { type: Number },
    pageSize: { attribute: 'page-size', type: Number },
    pageSeconds: { attribute: 'page-seconds', type: Number },
    sound: { type: Boolean },
    kiosk: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    page: { state: true },
  };

  /** Only this agency's dossiers (its code). */
  agency = '';
  /** How far back to look, in days (default 60). */
  days = 60;
  /** Seconds between updates (default 60). */
  refresh = 60;
  /** Entries per page of each list (default 5: what a 720p screen shows in large type). */
  pageSize = 5;
  /** Seconds each page stays on screen (default 12). */
  pageSeconds = 12;
  /** A short chime when a result becomes ready. */
  sound = false;
  /** An unattended screen: no pointer, kept awake. */
  kiosk = false;
  /** The level of the board's heading (default 2). */
  headingLevel = 2;

  private page = 0;
  /** The last list that arrived: shown, marked stale, while the network is down. */
  private lastGood: HallBoard | undefined;
  private timers: ReturnType<typeof setInterval>[] = [];

  private readonly load = new Task(this, {
    autoRun: false,
    args: () => [this.agency, this.days, this.backend] as const,
    task: async ([agency, days, client], { signal }) => {
      if (!client) throw new Error(this.t('notConfigured'));
      return client.board.get({ ...(agency ? { agency } : {}), days }, { signal });
    },
    onComplete: (board) => {
      const before = new Set(this.lastGood?.ready.map((i) => i.code) ?? []);
      const added = this.lastGood ? board.ready.map((i) => i.code).filter((code) => !before.has(code)) : [];
      this.lastGood = board;
      if (added.length && this.sound) this.chime();
      this.emit('motcua-board-update', { board, added });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load.run();
    this.timers.push(setInterval(() => void this.load.run(), Math.max(5, this.refresh) * 1000));
    this.timers.push(setInterval(() => (this.page += 1), Math.max(0.1, this.pageSeconds) * 1000));
    if (this.kiosk) void (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }).wakeLock?.request('screen').catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.forEach(clearInterval);
    this.timers = [];
  }

  /** Asks for the list now (the next update stays on its schedule). */
  reload(): Promise<unknown> {
    return this.load.run();
  }

  private chime(): void {
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.6);
    } catch {
      // No sound where audio is not allowed: the screen still shows the entry.
    }
  }

  /** A heading `down` levels under the board's own (the lists sit one under it: no skipped level). */
  private heading(content: unknown, down = 0, id?: string) {
    const l = Math.min(6, Math.max(1, this.headingLevel)) + down;
    const i = id ?? nothing;
    return l === 1 ? html`<h1 id=${i}>${content}</h1>` : l === 2 ? html`<h2 id=${i}>${content}</h2>` : l === 3 ? html`<h3 id=${i}>${content}</h3>` : l === 4 ? html`<h4 id=${i}>${content}</h4>` : html`<h5 id=${i}>${content}</h5>`;
  }

  private list(part: 'ready' | 'waiting', title: BoardStringKey, items: HallBoardItem[]) {
    const size = Math.max(1, this.pageSize);
    const pages = Math.max(1, Math.ceil(items.length / size));
    const page = this.page % pages;
    const shown = items.slice(page * size, page * size + size);
    return html`<section part=${part} aria-labelledby="${part}-title">
      ${this.heading(`${this.t(title)} (${items.length})`, 1, `${part}-title`)}
      ${items.length
        ? html`<ol>
            ${shown.map(
              (i) => html`<li>
                <span class="code">${i.code}</span>
                <span class="who">${i.applicant ? vi(i.applicant) : ''}${i.reason ? html` — <span class="reason">${this.t(i.reason === 'supplement' ? 'boardSupplement' : 'boardPayment')}</span>` : nothing}</span>
                <span class="what" lang="vi">${i.procedure}${i.agency ? ` · ${i.agency}` : ''}</span>
              </li>`,
            )}
          </ol>`
        : html`<p>${this.t('boardEmpty')}</p>`}
      ${pages > 1 ? html`<p part="page">${this.t('boardPage', { page: page + 1, pages })}</p>` : nothing}
    </section>`;
  }

  override render() {
    const board = this.lastGood;
    const failed = this.load.status === 3 ? this.load.error : undefined;
    const updated = board
      ? html`<p part="updated" role="status" ?data-stale=${!!failed}>${failed ? this.t('boardStale', { time: clock(board.updatedAt) }) : this.t('boardUpdated', { time: clock(board.updatedAt) })}</p>`
      : nothing;
    let body;
    if (board) body = html`<div part="lists">${this.list('ready', 'boardReady', board.ready)} ${this.list('waiting', 'boardWaiting', board.waiting)}</div>`;
    else if (failed) {
      const unsupported = isMotcuaError(failed) && failed.kind === 'unsupported';
      body = html`<p part="message" role="alert">${unsupported ? this.t('boardUnsupported') : this.t('boardFailed', { message: isMotcuaError(failed) ? failed.messageIn(this.language) : failed instanceof Error ? failed.message : '' })}</p>`;
    } else body = html`<p part="message" role="status">${this.t('boardLoading')}</p>`;
    return html`<div part="base" lang=${this.language}>
      <header>${this.heading(this.t('boardTitle'))} ${updated}</header>
      ${body}
    </div>`;
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /** A new list arrived on the hall's screen; `added`: codes newly ready to collect. */
    'motcua-board-update': { board: HallBoard; added: string[] };
  }
}
