import { extractDossierCode, languages, MotcuaError, type MotcuaClient, type Procedure, type Sector } from '@motcua/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { BackendElement } from '../../internal/backend-element.js';
import type { MotcuaEvent } from '../../internal/events.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { hallKioskStyles } from './hall-kiosk.styles.js';
import { kioskStrings, type KioskStringKey } from './hall-kiosk.strings.js';
import { KeyBurst } from './key-burst.js';

type View = 'home' | 'dossier' | 'procedures';
export type KioskClearReason = 'idle' | 'scan' | 'done';

/** What a receipt's code carried: the code, and the key when the QR has it. */
interface Scanned {
  code: string;
  key: string;
}

/**
 * The client the kiosk's lookup uses: the page's, except that it can follow no dossier — a
 * shared screen must not subscribe a stranger's browser (the lookup offers following only
 * when `follow.url` is set, as for any backend that cannot follow).
 */
function withoutFollowing(client: MotcuaClient): MotcuaClient {
  const refuse = () => Promise.reject(new MotcuaError('unsupported', 'a kiosk follows no dossier'));
  return { ...client, follow: { url: undefined, publicKey: refuse, start: refuse, stop: refuse } };
}

/** Finder and detail load when the directory is first opened: a scan needs neither. */
let directory: Promise<unknown> | undefined;
const loadDirectory = () =>
  (directory ??= Promise.all([import('../procedure-finder/procedure-finder.js'), import('../procedure-detail/procedure-detail.js')]));

/** A language's name in itself ("Tiếng Việt", "English", "Français"): the person looking for it reads that one. */
function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // A private tag (x-pseudo) has no name: its tag is shown.
  }
  return lang;
}

/**
 * The look-up machine in the one-door hall: a shared touch screen with the desk's USB barcode
 * scanner. Scanning the receipt (its Code 128 or QR, typed by the scanner as a fast burst of
 * keys ending in Enter — recognised by its timing, wherever focus is) looks the dossier up,
 * with the key when the QR carries it; the procedure directory is browsed by sector tiles,
 * without typing. Made for someone using it for the first time: large targets, everyday
 * words, one thing at a time, a portrait screen.
 *
 * Private by default: what a person looked up is cleared when the next one scans, when they
 * press "Xong", and after `idle` seconds without a touch — the last `warn` of them counted
 * down on screen, with a button to keep reading. Nothing is kept in storage; no follow offer,
 * no camera, nothing opens in a new tab, and links out of the kiosk do nothing.
 *
 * Hosts a `<motcua-dossier-lookup>`, a `<motcua-procedure-finder>` and a
 * `<motcua-procedure-detail>`, driven through their properties.
 *
 * @summary The hall's look-up kiosk (barcode scanner, sector tiles, clears itself).
 * @tagname motcua-hall-kiosk
 *
 * @fires motcua-kiosk-clear - What a person looked up was cleared: `{ reason }` (`idle`, `scan`: the next person scanned, `done`).
 *
 * @csspart base - The wrapper.
 * @csspart header - Title and language.
 * @csspart scan - "Do you have a receipt? Scan it" (the start screen and the dossier screen).
 * @csspart tiles - The start screen's two choices.
 * @csspart tile - One choice (a large button).
 * @csspart sectors - The sector tiles.
 * @csspart sector - One sector tile.
 * @csspart back - The "back" buttons.
 * @csspart message - Said when a scan was not a dossier code.
 * @csspart countdown - The idle countdown before the screen clears.
 * @csspart footer - Help and "Done, clear the screen".
 *
 * @cssprop --motcua-kiosk-font-size - The kiosk's type size (default: 2.6 % of the screen's width, 1.25–2rem).
 */
export class MotcuaHallKiosk extends BackendElement<KioskStringKey> {
  static override tag = 'motcua-hall-kiosk';
  static override strings = kioskStrings;
  static override styles = [themeStyles, hallKioskStyles];

  static override properties = {
    idle: { type: Number },
    warn: { type: Number },
    scanGap: { attribute: 'scan-gap', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    view: { state: true },
    scanned: { state: true },
    sector: { state: true },
    procedure: { state: true },
    notACode: { state: true },
    countdown: { state: true },
    session: { state: true },
  };

  /** Seconds without a touch, a key or a scan before what is on screen is cleared (default 90). */
  idle = 90;
  /** The last seconds of `idle` counted down on screen (default 20). */
  warn = 20;
  /** The longest gap between two keys of a scanner's burst, in ms (default 50). */
  scanGap = 50;
  /** The level of the kiosk's heading (default 1: it is the page). */
  headingLevel = 1;

  private view: View = 'home';
  private scanned: Scanned | undefined;
  private sector: Sector | undefined;
  private procedure: Procedure | undefined;
  private notACode = false;
  /** Seconds left before clearing, while counting down; 0 otherwise. */
  private countdown = 0;
  /** A new one for each person: the hosted elements are made anew, with nothing of the last. */
  private session = 0;

  private burst = new KeyBurst();
  private lastActive = Date.now();
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** The page's language for the kiosk, restored for the next person after someone chose the other. */
  private pageLang: string | null = null;
  /** Set by a view change: focus goes to that view's heading once it is rendered. */
  private focusHeading = false;
  private lookupClient: [MotcuaClient, MotcuaClient] | undefined;

  private readonly sectors = new Task(this, {
    args: () => [this.view === 'procedures', this.backend] as const,
    task: async ([open, client], { signal }): Promise<Sector[]> => {
      if (!open) return this.sectors.value ?? [];
      if (!client) throw new Error(this.t('notConfigured'));
      const [list] = await Promise.all([client.sectors.list({ signal }), loadDirectory()]);
      return list;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = this.getAttribute('lang');
    // Capture: the scanner's Enter is taken before a focused field's form or a finder sees it.
    window.addEventListener('keydown', this.onKey, true);
    for (const type of ['pointerdown', 'touchstart', 'wheel', 'input'] as const)
      window.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.ticker = setInterval(() => this.tick(), 250);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey, true);
    for (const type of ['pointerdown', 'touchstart', 'wheel', 'input'] as const)
      window.removeEventListener(type, this.onActivity, { capture: true });
    clearInterval(this.ticker);
  }

  /** Clears what the last person looked up and goes back to the start, as after the idle time. */
  clear(reason: KioskClearReason = 'done'): void {
    this.session += 1;
    this.view = 'home';
    this.scanned = undefined;
    this.sector = undefined;
    this.procedure = undefined;
    this.notACode = false;
    this.countdown = 0;
    this.burst.reset();
    this.lastActive = Date.now();
    if (this.pageLang === null) this.removeAttribute('lang');
    else this.setAttribute('lang', this.pageLang);
    this.focusHeading = reason !== 'scan';
    this.emit('motcua-kiosk-clear', { reason });
  }

  /** Looks up what a scanner read (a code, a labelled code, or a receipt's link with its key). */
  scan(text: string): void {
    const found = extractDossierCode(text);
    this.clear('scan');
    if (!found) {
      this.notACode = true;
      return;
    }
    this.scanned = { code: found.code, key: found.key ?? '' };
    this.view = 'dossier';
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    this.onActivity();
    // A key held down repeats every ~30 ms: a person, not a scanner.
    if (event.repeat) return this.burst.reset();
    const text = this.burst.key(event.key, event.timeStamp);
    if (text === undefined) return;
    // The scanner's Enter: not a submit of what it typed into a field, nor a finder's choice.
    event.preventDefault();
    event.stopPropagation();
    this.scan(text);
  };

  private readonly onActivity = (): void => {
    this.lastActive = Date.now();
    if (this.countdown) this.countdown = 0;
  };

  /** What is on screen is someone's: anything but an untouched start screen. */
  private get personal(): boolean {
    return this.view !== 'home' || this.notACode;
  }

  private tick(): void {
    if (!this.personal) return;
    const left = Math.max(0, this.idle - (Date.now() - this.lastActive) / 1000);
    if (left <= 0) this.clear('idle');
    else if (left <= this.warn) this.countdown = Math.ceil(left);
    else if (this.countdown) this.countdown = 0;
  }

  private go(view: View): void {
    this.view = view;
    this.notACode = false;
    this.focusHeading = true;
  }

  private chooseSector(sector: Sector | undefined): void {
    this.sector = sector;
    this.procedure = undefined;
    this.focusHeading = true;
  }

  /** A procedure chosen in the finder opens here, in place of the list (not in a detail the finder scrolls to). */
  private onSelect(event: MotcuaEvent<'motcua-procedure-select'>): void {
    event.preventDefault();
    this.procedure = event.detail.procedure;
    this.focusHeading = true;
  }

  /** A link out of the kiosk (a form to download, applying online) would leave it or open a tab nobody closes. */
  private stayInside(event: MouseEvent): void {
    if (event.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href)) event.preventDefault();
  }

  /** A button per other language the page knows (Vietnamese, English, any a portal registered), each named in itself. */
  private languageButtons() {
    return languages()
      .filter((lang) => lang !== this.language)
      .map(
        (lang) =>
          html`<button class="secondary lang" type="button" lang=${lang} @click=${() => this.setAttribute('lang', lang)}>
            ${languageName(lang)}
          </button>`,
      );
  }

  private get kioskClient(): MotcuaClient | undefined {
    const client = this.backend;
    if (!client) return undefined;
    if (this.lookupClient?.[0] !== client) this.lookupClient = [client, withoutFollowing(client)];
    return this.lookupClient[1];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeading) {
      this.focusHeading = false;
      const detail = this.procedure ? this.renderRoot.querySelector<HTMLElement & { focusTitle(): void }>('motcua-procedure-detail') : null;
      if (detail) detail.focusTitle();
      else this.renderRoot.querySelector<HTMLElement>('[data-view-heading]')?.focus();
      this.renderRoot.querySelector('main')?.scrollIntoView({ block: 'start' });
    }
  }

  private heading(content: unknown, down = 0) {
    const l = Math.min(6, Math.max(1, this.headingLevel) + down);
    return l === 1
      ? html`<h1 tabindex="-1" data-view-heading>${content}</h1>`
      : l === 2
        ? html`<h2 tabindex="-1" data-view-heading>${content}</h2>`
        : l === 3
          ? html`<h3 tabindex="-1" data-view-heading>${content}</h3>`
          : html`<h4 tabindex="-1" data-view-heading>${content}</h4>`;
  }

  private scanPanel() {
    return html`<section part="scan" aria-labelledby="scan-title">
      <svg class="scan-art" viewBox="0 0 64 40" aria-hidden="true" focusable="false">
        <path d="M4 4h3v32H4zM10 4h1.5v32H10zM14 4h3v32h-3zM20 4h1.5v32H20zM24 4h4v32h-4zM31 4h1.5v32H31zM35 4h3v32h-3zM41 4h1.5v32H41zM45 4h4v32h-4zM52 4h1.5v32H52zM56 4h4v32h-4z" />
      </svg>
      <div>
        <p class="scan-title" id="scan-title">${this.t('kioskScanTitle')}</p>
        <p class="scan-hint">${this.t('kioskScanHint')}</p>
      </div>
    </section>`;
  }

  private home() {
    return html`${this.scanPanel()}
      <div part="tiles">
        <button part="tile" type="button" @click=${() => this.go('dossier')}>
          <span class="tile-title">${this.t('kioskDossierTile')}</span>
          <span class="tile-hint">${this.t('kioskDossierTileHint')}</span>
        </button>
        <button part="tile" type="button" @click=${() => this.go('procedures')}>
          <span class="tile-title">${this.t('kioskProceduresTile')}</span>
          <span class="tile-hint">${this.t('kioskProceduresTileHint')}</span>
        </button>
      </div>`;
  }

  private back(label: KioskStringKey, action: () => void) {
    return html`<button part="back" class="secondary" type="button" @click=${action}><span aria-hidden="true">‹ </span>${this.t(label)}</button>`;
  }

  private dossier() {
    return html`${this.back('kioskStart', () => this.clear('done'))} ${this.heading(this.t('kioskDossierTitle'), 1)}
      ${this.scanned ? nothing : this.scanPanel()}
      ${keyed(
        this.session,
        html`<motcua-dossier-lookup
          .client=${this.kioskClient}
          .code=${this.scanned?.code ?? ''}
          .lookupKey=${this.scanned?.key ?? ''}
          scan="off"
          deep-link="off"
          lang=${this.language}
        ></motcua-dossier-lookup>`,
      )}
      <p class="type-hint">${this.t('kioskTypeHint')}</p>`;
  }

  private procedures() {
    const sectors = this.sectors;
    if (this.procedure) {
      return html`${this.back('kioskBackToList', () => this.chooseSector(this.sector))}
        <motcua-procedure-detail .client=${this.backend} .procedure=${this.procedure} code=${this.procedure.code} lang=${this.language}></motcua-procedure-detail>`;
    }
    if (this.sector) {
      return html`${this.back('kioskOtherSector', () => this.chooseSector(undefined))} ${this.heading(html`<span lang="vi">${this.sector.name}</span>`, 1)}
        ${keyed(
          `${this.session} ${this.sector.code}`,
          html`<motcua-procedure-finder .client=${this.backend} sector=${this.sector.code} no-filters limit="100" lang=${this.language} @motcua-procedure-select=${this.onSelect}></motcua-procedure-finder>`,
        )}`;
    }
    return html`${this.back('kioskStart', () => this.clear('done'))} ${this.heading(this.t('kioskSectors'), 1)}
      ${
        sectors.status === TaskStatus.ERROR
          ? html`<p part="message" role="alert">${this.t('kioskSectorsFailed')}</p>`
          : sectors.status === TaskStatus.COMPLETE && sectors.value?.length
            ? html`<ul part="sectors">
              ${sectors.value.map((s) => html`<li><button part="sector" type="button" lang="vi" @click=${() => this.chooseSector(s)}>${s.name}</button></li>`)}
            </ul>`
            : html`<p role="status">${this.t('kioskSectorsLoading')}</p>`
      }`;
  }

  override render() {
    const view = this.view === 'dossier' ? this.dossier() : this.view === 'procedures' ? this.procedures() : this.home();
    return html`<div part="base" lang=${this.language} @click=${this.stayInside}>
      <header part="header">
        ${this.view === 'home' ? this.heading(this.t('kioskTitle')) : html`<p class="kiosk-name">${this.t('kioskTitle')}</p>`}
        <div class="langs">${this.languageButtons()}</div>
      </header>
      <main class="view" data-view=${this.view}>
        ${this.notACode ? html`<p part="message" role="alert">${this.t('kioskNotACode')}</p>` : nothing} ${view}
      </main>
      <footer part="footer">
        <p>${this.t('kioskHelp')}</p>
        ${this.personal ? html`<button type="button" @click=${() => this.clear('done')}>${this.t('kioskDone')}</button>` : nothing}
      </footer>
      ${
        this.countdown
          ? html`<div part="countdown">
            <p role="alert" class="visually-hidden">${this.t('kioskCountdownSaid')}</p>
            <p class="countdown-text" aria-hidden="true">${this.t('kioskCountdown', { seconds: this.countdown })}</p>
            <div class="countdown-actions">
              <button type="button" @click=${() => this.onActivity()}>${this.t('kioskStay')}</button>
              <button type="button" class="secondary" @click=${() => this.clear('done')}>${this.t('kioskDone')}</button>
            </div>
          </div>`
          : nothing
      }
    </div>`;
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /** The kiosk cleared what a person looked up: after the idle time, when the next person scanned, or on "Xong". */
    'motcua-kiosk-clear': { reason: KioskClearReason };
  }
}
