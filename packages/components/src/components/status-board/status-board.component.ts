import { isMotcuaError, type HallBoard, type HallBoardItem } from '@motcua/core';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { BackendElement } from '../../internal/backend-element.js';
import { formatDateTime } from '../../internal/format.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { statusBoardStyles } from './status-board.styles.js';
import { boardStrings, type BoardStringKey } from './status-board.strings.js';

/** HH:MM in Vietnam time. */
const clock = (iso: string) => formatDateTime(iso).split(' ')[0] ?? '';

type Part = 'ready' | 'waiting';
const PARTS = ['ready', 'waiting'] as const;

/** The first entry of each page: as many entries as fit in `room`, by their heights and the gap between them. */
function pageStarts(heights: readonly number[], room: number, gap: number): number[] {
  const starts: number[] = [];
  let used = Infinity;
  heights.forEach((h, i) => {
    if (used + gap + h > room + 0.5) {
      starts.push(i);
      used = h;
    } else used += gap + h;
  });
  return starts;
}

/** A masked name in one piece: "Đỗ T. H." never breaks at its spaces (a screen too narrow for it at all may still break it). */
const whole = (name: string) => name.replace(/ /g, '\u00a0');

/**
 * The one-door hall's screen: results ready to collect and dossiers waiting for the applicant
 * (documents to bring, fees to pay), with masked names — never more than a look-up without
 * the key shows. Made for a TV nobody can scroll: it fills its box (the screen's height unless
 * the page gives it another), measures how many entries fit and pages through the rest on its
 * own, saying which page is shown and when the next comes; its type is sized from the screen
 * (no entry under 2.3 % of its height) and long procedure names are cut with an ellipsis.
 * Refreshes itself with the time of the last update, keeps the last list (marked as possibly
 * out of date) when the network drops, and can chime when a result becomes ready. `kiosk` is
 * for an unattended TV: no pointer, and the screen kept awake where the browser allows it.
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
 * @csspart page - Which page of a long list is shown, and in how many seconds the next comes.
 * @csspart message - Loading and error messages.
 *
 * @cssprop --motcua-board-font-size - The entries' type size (default: from the screen's height, at least 2.6vh and 2rem).
 */
export class MotcuaStatusBoard extends BackendElement<BoardStringKey> {
  static override tag = 'motcua-status-board';
  static override strings = boardStrings;
  static override styles = [themeStyles, statusBoardStyles];

  static override properties = {
    agency: {},
    days: { type: Number },
    refresh: { type: Number },
    pageSize: { attribute: 'page-size', type: Number, reflect: true },
    pageSeconds: { attribute: 'page-seconds', type: Number },
    sound: { type: Boolean },
    kiosk: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    page: { state: true },
    breaks: { state: true },
    turnsIn: { state: true },
  };

  /** Only this agency's dossiers (its code). */
  agency = '';
  /** How far back to look, in days (default 60). */
  days = 60;
  /** Seconds between updates (default 60). */
  refresh = 60;
  /**
   * Entries per page of each list. Unset (the default), the board fills its box — the
   * screen's height unless the page sets one — and shows as many entries as fit; set, it shows
   * that many and is as tall as they are.
   */
  pageSize: number | undefined = undefined;
  /** Seconds each page stays on screen (default 12). */
  pageSeconds = 12;
  /** A short chime when a result becomes ready. */
  sound = false;
  /** An unattended screen: no pointer, kept awake. */
  kiosk = false;
  /** The level of the board's heading (default 2). */
  headingLevel = 2;

  private page = 0;
  /**
   * Where each page of each list starts, as measured (before the first measure: every 5
   * entries). Pages are cut from every entry's own height, so a screen that holds ten short
   * entries shows ten, not as many as its tallest entry would allow.
   */
  private breaks: Record<Part, number[]> = { ready: [], waiting: [] };
  /** What the breaks were measured for (entries and box size): measured again only when it changes. */
  private measuredFor: Record<Part, string> = { ready: '', waiting: '' };
  /** Seconds until the next page. */
  private turnsIn = 0;
  private turnedAt = Date.now();
  /** The last list that arrived: shown, marked stale, while the network is down. */
  private lastGood: HallBoard | undefined;
  private timers: ReturnType<typeof setInterval>[] = [];
  private resizer: ResizeObserver | undefined;

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
    this.turnedAt = Date.now();
    this.timers.push(
      setInterval(
        () => {
          this.page += 1;
          this.turnedAt = Date.now();
        },
        Math.max(0.1, this.pageSeconds) * 1000,
      ),
    );
    // The time to the next page, once a second.
    this.timers.push(setInterval(() => (this.turnsIn = this.secondsToTurn()), 1000));
    this.turnsIn = this.secondsToTurn();
    // A new size (a screen turned, a window resized): measured again.
    this.resizer ??= new ResizeObserver(() => this.requestUpdate());
    this.resizer.observe(this);
    if (this.kiosk)
      void (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }).wakeLock
        ?.request('screen')
        .catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.forEach(clearInterval);
    this.timers = [];
    this.resizer?.disconnect();
  }

  /** Asks for the list now (the next update stays on its schedule). */
  reload(): Promise<unknown> {
    return this.load.run();
  }

  private secondsToTurn(): number {
    return Math.max(1, Math.ceil((this.turnedAt + Math.max(0.1, this.pageSeconds) * 1000 - Date.now()) / 1000));
  }

  /**
   * Where each list's pages start: entries are laid out, unseen, in a copy of the list as wide
   * as the real one (`.measure`), and each page takes as many as its box holds, by their own
   * heights and the gap between them. Only while the board fills a box (no `page-size`).
   */
  protected override updated(): void {
    if (this.pageSize || !this.lastGood) return;
    const next = { ...this.breaks };
    let changed = false;
    for (const part of PARTS) {
      const list = this.renderRoot.querySelector<HTMLElement>(`[part="${part}"] ol`);
      const copy = this.renderRoot.querySelector<HTMLElement>(`.measure [data-part="${part}"]`);
      if (!list || !copy) continue;
      const items = this.lastGood[part];
      const key = `${list.clientWidth}×${list.clientHeight}:${items.map((i) => i.code).join()}`;
      if (key === this.measuredFor[part]) continue;
      copy.style.inlineSize = `${list.clientWidth}px`;
      const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
      const heights = [...copy.children].map((e) => e.getBoundingClientRect().height);
      this.measuredFor[part] = key;
      next[part] = pageStarts(heights, list.clientHeight, gap);
      changed ||= next[part].join() !== this.breaks[part].join();
    }
    if (changed) this.breaks = next;
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
    return l === 1
      ? html`<h1 id=${i}>${content}</h1>`
      : l === 2
        ? html`<h2 id=${i}>${content}</h2>`
        : l === 3
          ? html`<h3 id=${i}>${content}</h3>`
          : l === 4
            ? html`<h4 id=${i}>${content}</h4>`
            : html`<h5 id=${i}>${content}</h5>`;
  }

  /** The first entry of each page of a list. */
  private starts(part: Part, count: number): number[] {
    if (this.pageSize) return Array.from({ length: Math.ceil(count / this.pageSize) }, (_, p) => p * this.pageSize!);
    const measured = this.breaks[part].filter((start) => start < count);
    return measured.length ? measured : Array.from({ length: Math.ceil(count / 5) }, (_, p) => p * 5);
  }

  private entry(i: HallBoardItem) {
    return html`<li>
      <span class="line">
        <span class="code">${i.code}</span>
        <span class="who">${i.applicant ? html`<span lang="vi" class="name">${whole(i.applicant)}</span>` : ''}${i.reason ? html`<span class="reason">${this.t(i.reason === 'supplement' ? 'boardSupplement' : 'boardPayment')}</span>` : nothing}</span>
      </span>
      <span class="what" lang="vi">${i.procedure}${i.agency ? ` · ${i.agency}` : ''}</span>
    </li>`;
  }

  private list(part: Part, title: BoardStringKey, items: HallBoardItem[]) {
    const starts = this.starts(part, items.length);
    const pages = Math.max(1, starts.length);
    const page = this.page % pages;
    const shown = items.slice(starts[page] ?? 0, starts[page + 1] ?? items.length);
    return html`<section part=${part} aria-labelledby="${part}-title">
      ${this.heading(`${this.t(title)} (${items.length})`, 1, `${part}-title`)}
      ${items.length ? html`<ol>${shown.map((i) => this.entry(i))}</ol>` : html`<p>${this.t('boardEmpty')}</p>`}
      ${pages > 1 ? html`<p part="page">${this.t('boardPage', { page: page + 1, pages })} <span class="next">· ${this.t('boardNext', { seconds: this.turnsIn })}</span></p>` : nothing}
    </section>`;
  }

  override render() {
    const board = this.lastGood;
    const failed = this.load.status === 3 ? this.load.error : undefined;
    const updated = board
      ? html`<p part="updated" role="status" ?data-stale=${!!failed}>${failed ? this.t('boardStale', { time: clock(board.updatedAt) }) : this.t('boardUpdated', { time: clock(board.updatedAt) })}</p>`
      : nothing;
    let body;
    if (board)
      body = html`<div part="lists">${this.list('ready', 'boardReady', board.ready)} ${this.list('waiting', 'boardWaiting', board.waiting)}</div>
        ${this.pageSize ? nothing : html`<div class="measure" aria-hidden="true">${PARTS.map((part) => html`<ol data-part=${part}>${board[part].map((i) => this.entry(i))}</ol>`)}</div>`}`;
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
