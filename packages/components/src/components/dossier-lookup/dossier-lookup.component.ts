import {
  extractDossierCode,
  isAbortError,
  isMotcuaError,
  isPersonalKey,
  keyShapeOk,
  localized,
  MotcuaError,
  parseDossierCode,
  type Dossier,
  type ErrorKind,
  type KeyKind,
  type Lang,
  type MotcuaClient,
} from '@motcua/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { BackendElement } from '../../internal/backend-element.js';
import type { MotcuaEvent } from '../../internal/events.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { dossierLookupStyles } from './dossier-lookup.styles.js';
import { lookupStrings, type LookupStringKey } from './dossier-lookup.strings.js';
import type { FollowController } from './follow-controller.js';

/**
 * The result view loads with the first lookup, alongside the answer, rather than with the
 * page: the form a citizen types into needs none of it (it is a third of this element).
 */
let statusView: Promise<unknown> | undefined;
/** The status in words, from the result view's module once it has loaded (it names the answer). */
let statusLabel: ((dossier: Dossier, lang: Lang) => string) | undefined;
function loadStatusView(): Promise<unknown> {
  // The component, not its define file: in the script-tag build that is one file with the
  // answer schemas (rollup.config.js, ANSWER), which a receipt's link fetches with the page.
  statusView ??= import('../dossier-status/dossier-status.component.js').then(
    ({ MotcuaDossierStatus }) => ((statusLabel = MotcuaDossierStatus.label), MotcuaDossierStatus.define()),
    (error: unknown) => {
      // A dropped connection. "Try again" imports it again, but Chromium remembers a failed
      // module for the page's lifetime: the message also says to reload.
      statusView = undefined;
      const detail = `could not load the result view: ${error instanceof Error ? error.message : String(error)}`;
      throw new MotcuaError('network', detail, { cause: error, messages: localized('viewUnavailable', lookupStrings.viewUnavailable) });
    },
  );
  return statusView;
}

/** What each office asks for to open the details, as its answers said: one entry per client (per gateway). */
const learnedKinds = new WeakMap<MotcuaClient, KeyKind>();
/** The offices that said they show a dossier only with its key (a lookup without one refused): per client. */
const keyOnly = new WeakSet<MotcuaClient>();

/** The key field for each kind of key: its words, keyboard and length. */
const KEY_FIELD = {
  receipt: {
    label: 'keyLabelReceipt',
    required: 'keyRequiredLabelReceipt',
    hint: 'keyHintReceipt',
    invalid: 'keyInvalidReceipt',
    wrong: 'keyRequired',
    needed: 'keyNeeded',
    inputmode: 'text',
    maxlength: 64,
  },
  'id-number': {
    label: 'keyLabelIdNumber',
    required: 'keyRequiredLabelIdNumber',
    hint: 'keyHintIdNumber',
    invalid: 'keyInvalidIdNumber',
    wrong: 'keyWrongIdNumber',
    needed: 'keyNeededIdNumber',
    inputmode: 'numeric',
    maxlength: 15,
  },
  phone: {
    label: 'keyLabelPhone',
    required: 'keyRequiredLabelPhone',
    hint: 'keyHintPhone',
    invalid: 'keyInvalidPhone',
    wrong: 'keyWrongPhone',
    needed: 'keyNeededPhone',
    inputmode: 'tel',
    maxlength: 16,
  },
} as const satisfies Record<
  KeyKind,
  Record<'label' | 'required' | 'hint' | 'invalid' | 'wrong' | 'needed', LookupStringKey> & { inputmode: string; maxlength: number }
>;

/** The result view's parts, styled through the lookup: `motcua-dossier-lookup::part(badge)`. */
const STATUS_PARTS =
  'base:status-base,header,code,status,status-label,badge,facts,callout,supplement,payment,notice,timeline,step,step-late';

/**
 * Where is my dossier? A code field (and the optional key) with instant format feedback;
 * pasting a receipt URL fills both. The key field asks for what the office checks — the
 * receipt's lookup key, the applicant's personal ID number (iGate, the national portal) or
 * phone number — as the gateway says in its answers (or `key-kind` says before the first). Results, errors and the rate-limit countdown
 * are announced to screen readers. `?code=` or `#code=` in the page URL fills and runs it.
 *
 * Without JavaScript the element shows its children: put a plain form there that reaches the
 * gateway's `/lookup` page (see docs/components.md).
 *
 * @summary Dossier status lookup by code.
 * @tagname motcua-dossier-lookup
 *
 * @fires motcua-dossier-found - A dossier was found: `{ dossier }`.
 * @fires motcua-lookup-error - A lookup failed: `{ kind, message, retryAfter? }`.
 *
 * @csspart base - The wrapper.
 * @csspart form - The form.
 * @csspart another - "Look up another dossier": in the form's place on a receipt's link, above the answer, until an error needs the form or it is pressed.
 * @csspart code-input - The code field.
 * @csspart key-input - The lookup key field.
 * @csspart hint - Format feedback under the code field (data-state: valid, invalid).
 * @csspart submit - The lookup button.
 * @csspart message - An error, with its way forward.
 * @csspart retry - The retry button.
 * @csspart skeleton - The placeholder while loading.
 * @csspart result - The result wrapper (holds a motcua-dossier-status).
 * @slot answer - The page's own answer to its deep link (the gateway's portal or the autoloader puts it there), shown above the form until the element's first answer replaces it; under the refusal when that answer refuses the link's key.
 * @csspart scan - The "scan the receipt" button.
 * @csspart scanner-dialog - The dialog that holds the camera scanner.
 * @csspart scan-error - Said when the scanner could not be loaded (bad network).
 * @csspart status-base - The result view's wrapper (the `base` part of motcua-dossier-status).
 * @csspart header - The result's heading (procedure name and code); the result view's other parts follow, by their own names.
 * @csspart code - The dossier code.
 * @csspart status - Status label, badge and explanation.
 * @csspart status-label - The status in words.
 * @csspart badge - The timeliness badge (data-state: on-time, due-soon, overdue, done-on-time, done-late).
 * @csspart facts - Dates, agency and applicant.
 * @csspart callout - A box asking the applicant to act.
 * @csspart supplement - The call-out listing documents to bring.
 * @csspart payment - The call-out listing fees to pay.
 * @csspart notice - The note that details need the lookup key.
 * @csspart timeline - The list of steps.
 * @csspart step - One step.
 * @csspart step-late - A step that missed its deadline.
 * @csspart follow - "Tell me when this dossier changes" (after a lookup with the key; needs the service worker, see docs/components.md).
 * @csspart follow-button - Its button (follow / stop following).
 *
 * @cssprop --motcua-color-primary - Buttons and focus.
 * @cssprop --motcua-color-danger - Errors.
 * @cssprop --motcua-target-size - Minimum height of fields and buttons (default 2.75rem).
 */
export class MotcuaDossierLookup extends BackendElement<LookupStringKey> {
  static override tag = 'motcua-dossier-lookup';
  static override strings = lookupStrings;
  static override styles = [themeStyles, dossierLookupStyles];

  static override properties = {
    code: {},
    lookupKey: { attribute: 'lookup-key' },
    keyKind: { attribute: 'key-kind' },
    hideKey: { type: Boolean, attribute: 'hide-key' },
    scan: {},
    deepLink: { attribute: 'deep-link' },
    codeText: { state: true },
    keyText: { state: true },
    validation: { state: true },
    keyInvalid: { state: true },
    countdown: { state: true },
    scanner: { state: true },
    answerShown: { state: true },
    formOpen: { state: true },
    said: { state: true },
  };

  /** A code to show at once (also from `?code=` in the page URL). */
  code = '';

  /** The lookup key to send with `code`. */
  lookupKey = '';

  /**
   * What the office checks to open the details, before its first answer says so: `receipt`
   * (the key printed on the receipt), `id-number` (the applicant's personal ID number) or
   * `phone`. Empty: asks for either until the gateway's first answer.
   */
  keyKind: KeyKind | '' = '';

  /** Hide the key field (details then need the key from a URL or deep link). */
  hideKey = false;

  /** `off` hides the "scan the receipt" button (the scanner loads only when it is pressed). */
  scan: 'on' | 'off' = 'on';

  /** `off` to ignore `?code=` / `#code=` in the page URL. */
  deepLink: 'on' | 'off' = 'on';

  private codeText = '';
  private keyText = '';
  private validation: '' | 'required' | 'invalid' = '';
  /** The key typed is not shaped as the office's (an ID number of 11 digits): said before any request. */
  private keyInvalid = false;
  private countdown = 0;
  /** False once the fields no longer hold the code the last answer is for. */
  private answerShown = true;
  /**
   * Until the first answer: the page's own answer (`slot="answer"`, portal.ts) is shown in its
   * place — and after it, when that answer refused the link's key: the status anyone with the
   * code may see stays under the refusal, instead of flashing away.
   */
  private pageAnswer = true;
  /** The code the page's own answer is for (the link's), once the first look-up has asked for it. */
  private pageAnswerCode = '';
  /**
   * Opened by a receipt's link: the answer goes above the form, where the page's own words were
   * before this element's code arrived (portal.ts, the autoloader) — below the form a phone's
   * first screen would lose them as the element starts — and the form waits behind "look up
   * another dossier" until an error needs its fields or the citizen asks for it: the answer
   * growing above a whole form would push it down the screen (a layout shift). That button
   * stands above the answer, not under it: a long history of steps put it screens down on a
   * phone. Pressed, the form opens in its place, and the answer goes on below it as for a typed code.
   */
  private answerFirst = false;
  private formOpen = true;
  /** The scanner's code loads when the button is first pressed: on a bad network, that shows. */
  private scanner: 'closed' | 'loading' | 'failed' | 'open' = 'closed';
  /**
   * What the alert region says: a refused submit the field's own description cannot say (Enter
   * in the field moves no focus), once per submit, never while typing.
   */
  private said = '';

  private get codeInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('#code');
  }
  private get keyInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('#key');
  }
  private get resultBox() {
    return this.renderRoot.querySelector<HTMLElement>('[part="result"]');
  }
  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private timer: ReturnType<typeof setInterval> | undefined;
  /** Set when an answer arrives: focus moves to it once it is rendered. */
  private focusResult = false;
  /** What the last lookup asked, for "try again". */
  private lastArgs: [string, string] = ['', ''];

  /**
   * Following the dossier shown, by Web Push: its code loads after an answer with the key,
   * off the path that shows the answer.
   */
  private follow: FollowController | undefined;

  /** The lookup as a task: a new query aborts the one in flight. */
  private readonly lookup = new Task(this, {
    autoRun: false,
    task: async ([code, key]: [string, string], { signal }): Promise<Dossier> => {
      const client = this.backend;
      if (!client) throw new Error(this.t('notConfigured'));
      const [dossier] = await Promise.all([client.dossiers.lookup(code, key ? { key, signal } : { signal }), loadStatusView()]);
      return dossier;
    },
    onComplete: (dossier) => {
      this.pageAnswer = false;
      if (dossier.restricted) this.formOpen = true; // its details need the key field
      this.learnKind(dossier.keyKind);
      this.focusResult = true;
      if (this.lastArgs[1] && !dossier.restricted) void this.offerFollow(dossier, this.lastArgs[1]);
      this.emit('motcua-dossier-found', { dossier });
    },
    onError: (error) => {
      if (isAbortError(error)) return;
      this.formOpen = true; // its fields are the way forward
      if (isMotcuaError(error)) this.learnKind(error.keyKind);
      const kind: ErrorKind | 'unknown' = isMotcuaError(error) ? error.kind : 'unknown';
      // Refused without a key: this office answers only with one; its field stops saying "optional".
      if (kind === 'key-required' && !this.lastArgs[1] && this.backend) keyOnly.add(this.backend);
      const keyRefused = kind === 'key-required' || (kind === 'invalid-input' && isMotcuaError(error) && error.field === 'key');
      this.pageAnswer &&= keyRefused && this.lastArgs[0] === this.pageAnswerCode;
      if (kind === 'rate-limited') this.startCountdown(isMotcuaError(error) ? (error.retryAfter ?? 30) : 30);
      this.emit('motcua-lookup-error', {
        kind,
        message: this.errorText(error),
        ...(isMotcuaError(error) && error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
      });
      if (kind === 'key-required') void this.updateComplete.then(() => this.focusKeyUnder());
    },
  });

  /**
   * A receipt's key in the page's link: motcua never puts a personal number in an address (the
   * gateway refuses one there), so a link's key is a receipt's — the field asks for it from the
   * start, and does not change (and move the page) when the answer says so.
   */
  private linkKind: KeyKind | undefined;

  /** The key the office checks: as the page says, else as this gateway's answers said, else as the page's link shows; undefined until one has. */
  private get kind(): KeyKind | undefined {
    const backend = this.backend;
    return this.keyKind || (backend ? learnedKinds.get(backend) : undefined) || this.linkKind;
  }

  private learnKind(kind: KeyKind | undefined): void {
    const backend = this.backend;
    if (kind && backend) learnedKinds.set(backend, kind);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.lookup.abort();
  }

  /** A code from the attribute or the page URL, waiting for a backend to be configured. */
  private initial = false;
  /** The look-up in flight is the one the page opened with, not one the citizen asked for. */
  private unasked = false;

  /** Before the first render, so that an answer's place is right from the first frame. */
  private openOnto(): void {
    const fromUrl = this.deepLink === 'off' ? null : extractDossierCode(location.href);
    const code = this.code || fromUrl?.code;
    if (code) {
      this.answerFirst = !this.code;
      this.formOpen = !this.answerFirst;
      this.codeText = code;
      this.keyText = this.lookupKey || fromUrl?.key || '';
      this.initial = true;
      if (fromUrl?.key && !isPersonalKey(fromUrl.key)) this.linkKind = 'receipt';
    }
  }

  protected override updated(): void {
    // Run the initial lookup once a backend is known (a provider may upgrade after this element).
    if (this.initial && this.backend) {
      this.initial = false;
      this.submit();
      this.unasked = true;
    }
    // The task reports completion before the answer is rendered; move focus once it is, so
    // keyboard and screen-reader users land on the answer — without a ring for the answer the
    // page opened with (no key was pressed: Chromium would draw one).
    if (this.focusResult && this.resultBox) {
      this.focusResult = false;
      this.resultBox.focus({ focusVisible: !this.unasked } as FocusOptions);
      this.unasked = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return this.openOnto();
    if (changed.has('code') && changed.get('code') !== undefined && this.code) {
      this.codeText = this.code;
      this.keyText = this.lookupKey;
      this.submit();
    }
  }

  /**
   * Says `text` in the alert region, again even when it is what it said last time (the region
   * goes first, so it is announced as it comes back).
   */
  private async say(text: string): Promise<void> {
    this.said = '';
    await this.updateComplete;
    this.said = text;
  }

  /** A refused code: focus to the field, whose description says why; said aloud when focus was already there. */
  private refuse(validation: 'required' | 'invalid'): void {
    this.validation = validation;
    this.answerShown = false;
    if (this.codeInput && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.codeInput)
      void this.say(this.t(validation === 'required' ? 'codeRequired' : 'codeInvalid'));
    else this.codeInput?.focus();
  }

  /** Runs the lookup with what is in the fields. */
  submit(): void {
    this.said = '';
    // Waiting out a rate limit: the button stays focusable (aria-disabled) and says why.
    if (this.countdown > 0) return void this.say(this.waitWords(this.countdown));
    const text = this.codeText.trim();
    if (!text) return this.refuse('required');
    const found = parseDossierCode(text) ?? extractDossierCode(text);
    if (!found) {
      // The previous dossier's answer would read as this code's: it goes until the next lookup.
      this.lookup.abort();
      return this.refuse('invalid');
    }
    this.validation = '';
    this.codeText = found.code;
    if ('key' in found && found.key && !this.keyText) this.keyText = found.key;
    // A key not shaped as the office's (11 digits for an ID number) is said before any request.
    const kind = this.kind;
    const key = this.keyText.trim();
    this.keyInvalid = !!key && !!kind && !keyShapeOk(kind, key);
    if (this.keyInvalid) {
      this.lookup.abort();
      this.answerShown = false;
      if (this.keyInput && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.keyInput)
        void this.say(this.t(KEY_FIELD[kind!].invalid));
      else void this.updateComplete.then(() => this.keyInput?.focus());
      return;
    }
    this.answerShown = true;
    this.pageAnswerCode ||= found.code;
    // Another dossier's look-up: the page's answer is not its own.
    this.pageAnswer &&= found.code === this.pageAnswerCode;
    this.lastArgs = [found.code, this.keyText.trim()];
    if (this.follow) this.follow.offer = 'none';
    void this.lookup.run(this.lastArgs);
  }

  /**
   * The key field, for a key asked for or refused. On a receipt's link the refusal stands above
   * the form: it is scrolled into view first, so that the phone's screen shows why (focus alone
   * would scroll to the field and leave the refusal above the screen).
   */
  private focusKeyUnder(): void {
    const field = this.keyInput;
    if (!field) return;
    if (!this.answerFirst) return field.focus();
    field.focus({ preventScroll: true });
    this.renderRoot.querySelector('[part="message"]')?.scrollIntoView({ block: 'start' });
  }

  /** "Look up another dossier": the form, its code selected to be typed over, the key field empty. */
  private async openForm(): Promise<void> {
    this.formOpen = true;
    this.answerFirst = false; // the form where the button was, the answer still under it
    this.keyText = ''; // the last dossier's key is not the next one's (sent with it, it counts as a wrong guess)
    await this.updateComplete;
    this.codeInput?.focus();
    this.codeInput?.select();
  }

  /** Opens the camera scanner in a dialog; its code (and key) fill the form and run the lookup. */
  async openScanner(): Promise<void> {
    if (this.scanner === 'loading') return;
    this.scanner = 'loading';
    try {
      await import('../barcode-scanner/barcode-scanner.js');
    } catch {
      this.scanner = 'failed';
      return;
    }
    this.scanner = 'open';
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private onScan(event: MotcuaEvent<'motcua-scan'>): void {
    const { code, key } = event.detail;
    if (!code) return;
    // Another receipt's code without a key: the key typed for the last one is not this one's.
    if (key) this.keyText = key;
    else if (code !== this.codeText.trim()) this.keyText = '';
    this.codeText = code;
    this.dialog?.close();
    this.submit();
  }

  /** A wait of two minutes or more in minutes ("888 giây" read as a number to work out). */
  private waitWords(seconds: number): string {
    return seconds >= 120 ? this.t('rateLimitedMinutes', { minutes: Math.ceil(seconds / 60) }) : this.t('rateLimited', { seconds });
  }

  /** The button's countdown: seconds, or minutes and seconds from two minutes on. */
  private get countdownText(): string {
    const s = this.countdown;
    return s >= 120 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` : String(s);
  }

  private startCountdown(seconds: number): void {
    clearInterval(this.timer);
    this.countdown = Math.max(1, Math.ceil(seconds));
    this.timer = setInterval(() => {
      this.countdown = Math.max(0, this.countdown - 1);
      if (this.countdown === 0) clearInterval(this.timer);
    }, 1000);
  }

  private errorText(error: unknown): string {
    if (!isMotcuaError(error)) return this.t('failed', { message: error instanceof Error ? error.message : '' });
    switch (error.kind) {
      case 'not-found':
        // What was asked, not what is being typed: the alert must not change with each keystroke.
        return this.t('notFound', { code: this.lastArgs[0] });
      case 'key-required': {
        // In the words of the key the office checks. No key sent: it answers only with one (not a wrong key).
        const field = KEY_FIELD[error.keyKind ?? this.kind ?? 'receipt'];
        return this.t(this.lastArgs[1] ? field.wrong : field.needed);
      }
      case 'rate-limited':
        return this.waitWords(error.retryAfter ?? 30);
      case 'invalid-input':
        return error.field === 'key' ? error.messageIn(this.language) : this.t('codeInvalid');
      case 'network':
      case 'timeout':
        return navigator.onLine === false ? this.t('offline') : this.t('failed', { message: error.messageIn(this.language) });
      default:
        return this.t('failed', { message: error.messageIn(this.language) });
    }
  }

  private onCodeInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    // A pasted receipt URL or label: keep just the code, and the key if it carried one.
    const found = value.length > 30 || /[/?#:]/.test(value) ? extractDossierCode(value) : null;
    if (found && found.code !== value.trim()) {
      this.codeText = found.code;
      if (found.key) this.keyText = found.key;
    } else {
      this.codeText = value;
    }
    if (this.validation) this.validation = parseDossierCode(this.codeText) ? '' : this.validation;
  }

  private hint() {
    const text = this.codeText.trim();
    // "Valid" in green under "not found" would contradict it: the code's shape is not the point then.
    const error = this.lookup.status === TaskStatus.ERROR ? this.lookup.error : undefined;
    const notFound = isMotcuaError(error) && error.kind === 'not-found' && text === this.lastArgs[0];
    const [state, key]: [string | undefined, LookupStringKey] = this.validation
      ? ['invalid', this.validation === 'required' ? 'codeRequired' : 'codeInvalid']
      : text && !notFound && parseDossierCode(text)
        ? ['valid', 'codeOk']
        : [undefined, 'codeHint'];
    // The words say it; the colour (data-state) shows it. No glyph: a font may lack it.
    return html`<p part="hint" id="hint" data-state=${state ?? nothing}>${this.t(key)}</p>`;
  }

  private message(error: unknown) {
    if (isAbortError(error)) return nothing;
    const kind = isMotcuaError(error) ? error.kind : 'unknown';
    const retryable =
      kind === 'network' ||
      kind === 'timeout' ||
      kind === 'server' ||
      kind === 'bad-response' ||
      kind === 'unknown' ||
      (kind === 'rate-limited' && this.countdown === 0);
    return html`<div part="message" role="alert">
      <p id="error">${this.errorText(error)}</p>
      ${retryable ? html`<button part="retry" class="secondary" type="button" @click=${() => this.lookup.run(this.lastArgs)}>${this.t('retry')}</button>` : nothing}
    </div>`;
  }

  private async offerFollow(dossier: Dossier, key: string): Promise<void> {
    try {
      const { FollowController } = await import('./follow-controller.js');
      this.follow ??= new FollowController(this);
    } catch {
      return; // a dropped connection: the answer stands without the offer
    }
    await this.follow.consider(dossier, key, this.backend);
  }

  /** The last answer refused the key (wrong, or malformed): the key field says so until the next lookup. */
  private get keyRefused(): boolean {
    const error = this.lookup.status === TaskStatus.ERROR && this.answerShown ? this.lookup.error : undefined;
    return (
      isMotcuaError(error) &&
      !!this.lastArgs[1] &&
      (error.kind === 'key-required' || (error.kind === 'invalid-input' && error.field === 'key'))
    );
  }

  override render() {
    const invalid = this.validation !== '';
    const waiting = this.countdown > 0;
    const keyRefused = this.keyRefused;
    const kind = this.kind;
    const field = kind ? KEY_FIELD[kind] : undefined;
    const backend = this.backend;
    const keyNeeded = !!backend && keyOnly.has(backend);
    const answer = this.answerShown
      ? this.lookup.render({
          // The page's own answer to its deep link (the gateway's portal puts it in the page:
          // portal.ts) stays on screen until this element's first answer replaces it.
          initial: () => (this.pageAnswer ? html`<slot name="answer"></slot>` : nothing),
          pending: () => {
            const skeleton = html`<div part="skeleton" aria-hidden="true"><div class="skeleton"></div><div class="skeleton"></div><div class="skeleton tall"></div></div>`;
            return this.pageAnswer ? html`<slot name="answer">${skeleton}</slot>` : skeleton;
          },
          complete: (dossier) =>
            html`<section part="result" tabindex="-1" aria-label=${this.t('resultLabel', { code: dossier.code, status: statusLabel?.(dossier, this.language) ?? '' })}>
                <motcua-dossier-status .dossier=${dossier} lang=${this.language} exportparts=${STATUS_PARTS}></motcua-dossier-status>
                ${this.follow?.render()}
              </section>`,
          error: (error) => html`${this.message(error)}${this.pageAnswer ? html`<slot name="answer"></slot>` : nothing}`,
        })
      : nothing;
    // On a receipt's link the answer comes first, but not before the button that stands for the form.
    const answerAbove = this.answerFirst && this.formOpen;
    return html`<div part="base">
      ${answerAbove ? answer : nothing}
      ${
        this.formOpen
          ? html`<form part="form" novalidate @submit=${(e: Event) => (e.preventDefault(), this.submit())}>
        <label for="code">${this.t('codeLabel')}</label>
        <input
          part="code-input"
          id="code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          inputmode="text"
          maxlength="300"
          placeholder="000.00.12.H42-241105-0003"
          aria-describedby="hint"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${this.codeText}
          @input=${this.onCodeInput}
        />
        ${this.hint()}
        ${
          this.hideKey
            ? nothing
            : html`<label for="key">${this.t(field ? (keyNeeded ? field.required : field.label) : keyNeeded ? 'keyRequiredLabel' : 'keyLabel')}</label>
              <input
                part="key-input"
                id="key"
                name="key"
                type=${kind === 'phone' ? 'tel' : 'text'}
                autocomplete="off"
                autocapitalize=${kind === 'receipt' ? 'characters' : 'off'}
                spellcheck="false"
                inputmode=${field?.inputmode ?? 'text'}
                maxlength=${field?.maxlength ?? 64}
                aria-describedby=${keyRefused ? 'error key-hint' : 'key-hint'}
                aria-invalid=${keyRefused || this.keyInvalid ? 'true' : 'false'}
                aria-required=${keyNeeded ? 'true' : 'false'}
                .value=${this.keyText}
                @input=${(e: InputEvent) => ((this.keyText = (e.target as HTMLInputElement).value), (this.keyInvalid &&= !!kind && !keyShapeOk(kind, this.keyText)))}
              />
              <p part="hint" id="key-hint" data-state=${this.keyInvalid ? 'invalid' : nothing}>${this.t(this.keyInvalid && field ? field.invalid : field ? field.hint : 'keyHint')}</p>`
        }
        <div class="row">
          <button part="submit" type="submit" aria-disabled=${waiting ? 'true' : 'false'}>
            ${waiting ? `${this.t('lookupButton')} (${this.countdownText})` : this.t('lookupButton')}
          </button>
          ${
            this.scan === 'off'
              ? nothing
              : html`<button part="scan" class="secondary" type="button" aria-busy=${this.scanner === 'loading' ? 'true' : 'false'} @click=${() => void this.openScanner()}>
                ${this.t(this.scanner === 'loading' ? 'scanOpening' : 'scanButton')}
              </button>`
          }
        </div>
        ${this.scanner === 'failed' ? html`<p part="scan-error" role="alert">${this.t('scanUnavailable')}</p>` : nothing}
      </form>`
          : html`<button part="another" class="secondary" type="button" aria-expanded="false" @click=${this.openForm}>${this.t('lookupAnother')}</button>`
      }
      ${
        this.scan === 'off'
          ? nothing
          : html`<dialog part="scanner-dialog" aria-labelledby="scan-title" @close=${() => (this.scanner = 'closed')}>
            <div class="dialog-head">
              <h2 id="scan-title">${this.t('scannerTitle')}</h2>
              <button class="secondary" type="button" @click=${() => this.dialog?.close()}>${this.t('close')}</button>
            </div>
            ${this.scanner === 'open' ? html`<motcua-barcode-scanner open lang=${this.language} @motcua-scan=${this.onScan}></motcua-barcode-scanner>` : nothing}
          </dialog>`
      }
      <div aria-live="polite" class="visually-hidden">${this.lookup.status === TaskStatus.PENDING ? this.t('loading') : ''}</div>
      ${answerAbove ? nothing : answer}
      <!-- Added when it has something to say (an alert is announced as it appears), after the
           answer's own error: a page that looks for the first alert finds that one. -->
      ${this.said ? html`<div role="alert" class="visually-hidden">${this.said}</div>` : nothing}
    </div>`;
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /** A dossier was found (the lookup's answer). */
    'motcua-dossier-found': { dossier: Dossier };
    /** A lookup failed; `kind` is the core error kind, `message` what the citizen saw. */
    'motcua-lookup-error': { kind: ErrorKind | 'unknown'; message: string; retryAfter?: number };
  }
}
