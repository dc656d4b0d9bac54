import { extractDossierCode, parseDossierCode } from '@motcua/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { frameGrabber } from '../../internal/barcode/canvas.js';
import { decodeBarcodeImage, decodeCanvasImage, preloadDecoder } from '../../internal/barcode/decode.js';
import type { ScanFormat, ScanResult } from '../../internal/barcode/formats.js';
import { CameraController, type CameraErrorKind } from '../../internal/camera-controller.js';
import type { MotcuaEventDetails } from '../../internal/events.js';
import { MotcuaElement } from '../../internal/motcua-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { barcodeScannerStyles } from './barcode-scanner.styles.js';
import { scannerStrings, type ScannerStringKey } from './barcode-scanner.strings.js';

/** The part of the frame that is decoded (the overlay in the styles draws the same box). */
const ROI = { x: 0.1, y: 0.2, width: 0.8, height: 0.6 };
/** Pause between frames: ~6 reads a second keeps a cheap phone cool and responsive. */
const FRAME_INTERVAL_MS = 150;
/** In continuous mode, the same code again within this time is the same scan. */
const REPEAT_MS = 3000;

const ERROR_TEXT: Record<CameraErrorKind, ScannerStringKey> = {
  insecure: 'cameraInsecure',
  unsupported: 'cameraUnsupported',
  denied: 'cameraDenied',
  'no-camera': 'cameraNone',
  busy: 'cameraBusy',
  ended: 'cameraEnded',
  failed: 'cameraFailed',
};
/** Failures where trying the camera again can help. */
const RETRYABLE: ReadonlySet<CameraErrorKind> = new Set(['denied', 'busy', 'ended', 'failed', 'no-camera']);

/**
 * Reads the barcode or QR code on a dossier receipt with the rear camera. Where the camera
 * cannot be used (no permission, no camera, a page without https, another app holding it) it
 * says why in plain words and offers a photo or typing the code instead.
 *
 * Decoding uses the browser's BarcodeDetector where there is one, otherwise zxing, which is
 * downloaded only when the scanner opens.
 *
 * @summary Camera barcode scanner for dossier receipts.
 * @tagname motcua-barcode-scanner
 *
 * @fires motcua-scan - A code was read: `{ text, format?, code?, key?, source }`.
 * @fires motcua-scan-error - The camera could not be used: `{ kind, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart viewport - The camera picture (data-state: live, found).
 * @csspart frame - The box to hold the code in.
 * @csspart status - What the scanner is doing, announced politely.
 * @csspart controls - Camera on/off, switch, torch and zoom.
 * @csspart message - Why the camera cannot be used, with the way forward.
 * @csspart fallback - Photo and typed-code alternatives.
 *
 * @cssprop --motcua-scanner-frame-color - The frame's colour (default white).
 * @cssprop --motcua-color-primary - Buttons and focus.
 */
export class MotcuaBarcodeScanner extends MotcuaElement<ScannerStringKey> {
  static override tag = 'motcua-barcode-scanner';
  static override strings = scannerStrings;
  static override styles = [themeStyles, barcodeScannerStyles];

  static override properties = {
    open: { type: Boolean, reflect: true },
    continuous: { type: Boolean },
    accept: {},
    feedback: {},
    notice: { state: true },
    typed: { state: true },
    typedInvalid: { state: true },
  };

  /** The camera runs while `open` is set; unset it (or remove the element) to stop the camera. */
  open = false;
  /** Keep scanning after a read (the same code is reported once per 3 s). Otherwise the camera stops after the first read. */
  continuous = false;
  /** `dossier` (default) reports only codes that contain a dossier code; `any` reports every code. */
  accept: 'dossier' | 'any' = 'dossier';
  /** On a read: `vibrate` (default), `sound`, `both` or `none`. */
  feedback: 'vibrate' | 'sound' | 'both' | 'none' = 'vibrate';

  private notice: { key: ScannerStringKey; args?: Record<string, string> } | undefined;
  private typed = '';
  private typedInvalid = false;

  private get video() {
    return this.renderRoot.querySelector<HTMLVideoElement>('video');
  }

  private get viewport() {
    return this.renderRoot.querySelector<HTMLElement>('[part="viewport"]');
  }

  private get fileInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]');
  }

  private readonly camera = new CameraController(
    this,
    () => this.video,
    (kind) => this.emit('motcua-scan-error', { kind, message: this.t(ERROR_TEXT[kind]) }),
  );
  private looping = false;
  private last = { text: '', at: 0 };

  /** A chosen photo, decoded through the same pipeline as the camera. */
  private readonly photo = new Task(this, {
    autoRun: false,
    task: async ([file]: [Blob]) => decodeBarcodeImage(file),
    onComplete: (result) => {
      if (!result) this.notice = { key: 'photoNoCode' };
      else this.found(result, 'photo');
    },
    onError: () => (this.notice = { key: 'photoNoCode' }),
  });

  /** Reads one image (a File, for example) as if it were chosen with the photo button. */
  scanImage(file: Blob): Promise<unknown> {
    this.notice = undefined;
    return this.photo.run([file]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) {
        this.notice = undefined;
        void preloadDecoder();
        void this.camera.start();
      } else if (changed.get('open') !== undefined) {
        this.camera.stop();
      }
    }
    if (this.camera.state === 'live') void this.scanLoop();
  }

  private async scanLoop(): Promise<void> {
    if (this.looping) return;
    this.looping = true;
    const grab = frameGrabber();
    try {
      while (this.camera.state === 'live' && this.isConnected) {
        const video = this.video;
        if (video && video.readyState >= 2 && video.videoWidth) {
          // Through the CSSOM, not a style attribute: strict CSP (style-src 'self') blocks those.
          this.viewport?.style.setProperty('--_aspect', `${video.videoWidth} / ${video.videoHeight}`);
          const result = await decodeCanvasImage(grab(video, ROI), 'frame');
          if (result && this.camera.state === 'live') this.found(result, 'camera');
        }
        await new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));
      }
    } finally {
      this.looping = false;
    }
  }

  private found(result: ScanResult, source: 'camera' | 'photo'): void {
    if (this.accept === 'dossier' && !result.code) {
      this.notice = { key: 'scanNotDossier' };
      return;
    }
    const now = Date.now();
    if (source === 'camera' && result.text === this.last.text && now - this.last.at < REPEAT_MS) return;
    this.last = { text: result.text, at: now };
    this.signal();
    this.notice = result.code ? { key: 'scanFound', args: { code: result.code } } : { key: 'scanRead', args: { text: result.text } };
    if (!this.continuous && source === 'camera') this.open = false;
    this.emit('motcua-scan', { ...result, source });
  }

  private signal(): void {
    if ((this.feedback === 'vibrate' || this.feedback === 'both') && 'vibrate' in navigator) navigator.vibrate(80);
    if (this.feedback === 'sound' || this.feedback === 'both') {
      try {
        const audio = new AudioContext();
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        gain.gain.value = 0.1;
        tone.frequency.value = 1200;
        tone.connect(gain).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + 0.12);
        tone.onended = () => void audio.close();
      } catch {
        // No audio: the visual and spoken confirmation remain.
      }
    }
  }

  private submitTyped(event: Event): void {
    event.preventDefault();
    const found = parseDossierCode(this.typed) ?? extractDossierCode(this.typed);
    this.typedInvalid = !found;
    if (!found) return;
    this.open = false;
    const detail: MotcuaEventDetails['motcua-scan'] = { text: this.typed.trim(), code: found.code, source: 'typed' };
    if ('key' in found && found.key) detail.key = found.key;
    this.emit('motcua-scan', detail);
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.scanImage(file);
  }

  private status(): string {
    if (this.photo.status === TaskStatus.PENDING) return this.t('photoReading');
    if (this.notice) return this.t(this.notice.key, this.notice.args);
    if (this.camera.state === 'starting') return this.t('scanStarting');
    if (this.camera.state === 'live') return this.t('scanHint');
    if (this.camera.state === 'error') return '';
    return this.t('cameraOff');
  }

  override render() {
    const cam = this.camera;
    const live = cam.state === 'live';
    const error = cam.state === 'error' ? cam.error : undefined;
    return html`<div part="base" role="group" aria-label=${this.t('scannerTitle')}>
      <div part="viewport" data-state=${this.notice?.key === 'scanFound' ? 'found' : cam.state} ?hidden=${!live && cam.state !== 'starting'}>
        <video muted playsinline autoplay aria-hidden="true"></video>
        <div part="frame" aria-hidden="true"></div>
      </div>
      <p part="status" role="status" aria-live="polite">${this.status()}</p>
      ${
        error
          ? html`<div part="message" role="alert">
            <p>${this.t(ERROR_TEXT[error])}</p>
            ${RETRYABLE.has(error) ? html`<button class="secondary" type="button" @click=${() => void cam.start()}>${this.t('retry')}</button>` : nothing}
          </div>`
          : nothing
      }
      <div part="controls">
        ${
          // No "turn the camera off" beside "no camera found": nothing runs (the message offers to retry).
          this.open && !error
            ? html`<button class="secondary" type="button" @click=${() => (this.open = false)}>${this.t('stopCamera')}</button>`
            : error
              ? nothing
              : html`<button type="button" @click=${() => (this.open = true)}>${this.t('startCamera')}</button>`
        }
        ${live && cam.cameras.length > 1 ? html`<button class="secondary" type="button" @click=${() => void cam.switchCamera()}>${this.t('switchCamera')}</button>` : nothing}
        ${
          live && cam.torch !== undefined
            ? html`<button class="secondary" type="button" aria-pressed=${cam.torch ? 'true' : 'false'} @click=${() => void cam.setTorch(!cam.torch)}>${this.t('torch')}</button>`
            : nothing
        }
        ${
          live && cam.zoom
            ? html`<label for="zoom">${this.t('zoom')}</label>
              <input id="zoom" type="range" min=${cam.zoom.min} max=${cam.zoom.max} step=${cam.zoom.step} .value=${String(cam.zoom.value)} @input=${(e: Event) => void cam.setZoom(Number((e.target as HTMLInputElement).value))} />`
            : nothing
        }
      </div>
      <div part="fallback">
        <div class="row">
          <button class="secondary" type="button" ?disabled=${this.photo.status === TaskStatus.PENDING} @click=${() => this.fileInput?.click()}>${this.t('photoButton')}</button>
          <input type="file" accept="image/*" tabindex="-1" aria-hidden="true" @change=${this.onFile} />
        </div>
        <form novalidate @submit=${this.submitTyped}>
          <label for="typed">${this.t('typeCodeLabel')}</label>
          <div class="row">
            <input
              id="typed"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="300"
              placeholder="000.00.12.H42-241105-0003"
              aria-invalid=${this.typedInvalid ? 'true' : 'false'}
              aria-describedby=${this.typedInvalid ? 'typed-hint' : nothing}
              .value=${this.typed}
              @input=${(e: InputEvent) => ((this.typed = (e.target as HTMLInputElement).value), (this.typedInvalid = false))}
            />
            <button type="submit">${this.t('useCode')}</button>
          </div>
          ${this.typedInvalid ? html`<p id="typed-hint" class="invalid">${this.t('codeInvalid')}</p>` : nothing}
        </form>
      </div>
    </div>`;
  }
}

declare module '../../internal/events.js' {
  interface MotcuaEventDetails {
    /**
     * A code was read: from the camera, a photo, or typed by hand. `code` is the canonical dossier
     * code found in `text` and `key` the lookup key a receipt QR carried; `format` is absent when typed.
     */
    'motcua-scan': { text: string; format?: ScanFormat; code?: string; key?: string; source: 'camera' | 'photo' | 'typed' };
    /** The camera could not be used; `message` is what the citizen saw. */
    'motcua-scan-error': { kind: CameraErrorKind; message: string };
  }
}
