/**
 * The rear camera as a reactive controller: opens it, picks the main lens, switches lenses,
 * exposes torch and zoom only where the track reports them, and stops on request, when the host
 * leaves the page and while the page is hidden (reopening when it is shown again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type CameraErrorKind = 'insecure' | 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'ended' | 'failed';
export type CameraState = 'off' | 'starting' | 'live' | 'error';

/** What a getUserMedia failure means to the citizen. */
export function cameraErrorKind(error: unknown): CameraErrorKind {
  const name =
    error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

const REAR = /\b(back|rear|environment)\b|sau|facing back/i;
const NOT_MAIN = /ultra|wide|0[.,]5|tele|macro|depth|\bir\b|infrared/i;

/** The rear main lens among the video inputs (labels are known once permission is granted). */
export function pickRearCamera(devices: ReadonlyArray<Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>>): string | undefined {
  const rear = devices.filter((d) => d.kind === 'videoinput' && REAR.test(d.label));
  return (rear.find((d) => !NOT_MAIN.test(d.label)) ?? rear[0])?.deviceId;
}

export interface ZoomRange {
  min: number;
  max: number;
  step: number;
}

interface TrackCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
  zoom?: { min: number; max: number; step?: number };
}

export class CameraController implements ReactiveController {
  state: CameraState = 'off';
  error: CameraErrorKind | undefined;
  cameras: MediaDeviceInfo[] = [];
  deviceId: string | undefined;
  torch: boolean | undefined;
  zoom: (ZoomRange & { value: number }) | undefined;
  stream: MediaStream | undefined;

  /** The camera should run (it pauses while the page is hidden). */
  private wanted = false;
  private generation = 0;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.release();
    else if (this.wanted && !this.stream) void this.open();
  };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly video: () => HTMLVideoElement | null | undefined,
    /** Called on every failure, including a retry that fails the same way. */
    private readonly onError: (kind: CameraErrorKind) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  get track(): MediaStreamTrack | undefined {
    return this.stream?.getVideoTracks()[0];
  }

  async start(deviceId?: string): Promise<void> {
    this.wanted = true;
    if (deviceId) this.deviceId = deviceId;
    if (document.visibilityState === 'hidden') return;
    await this.open();
  }

  stop(): void {
    this.wanted = false;
    this.release();
    this.state = 'off';
    this.host.requestUpdate();
  }

  /** The next camera in the list. */
  async switchCamera(): Promise<void> {
    if (this.cameras.length < 2) return;
    const index = this.cameras.findIndex((c) => c.deviceId === this.deviceId);
    this.deviceId = this.cameras[(index + 1) % this.cameras.length]!.deviceId;
    this.release();
    await this.open();
  }

  async setTorch(on: boolean): Promise<void> {
    if (this.torch === undefined || !this.track) return;
    await this.track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    this.torch = on;
    this.host.requestUpdate();
  }

  async setZoom(value: number): Promise<void> {
    if (!this.zoom || !this.track) return;
    await this.track.applyConstraints({ advanced: [{ zoom: value } as MediaTrackConstraintSet] });
    this.zoom = { ...this.zoom, value };
    this.host.requestUpdate();
  }

  private fail(kind: CameraErrorKind): void {
    this.release();
    this.state = 'error';
    this.error = kind;
    this.host.requestUpdate();
    this.onError(kind);
  }

  private async open(): Promise<void> {
    const generation = ++this.generation;
    this.state = 'starting';
    this.error = undefined;
    this.host.requestUpdate();
    if (!window.isSecureContext) return this.fail('insecure');
    if (!navigator.mediaDevices?.getUserMedia) return this.fail('unsupported');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: this.deviceId
          ? { deviceId: { exact: this.deviceId }, width: { ideal: 1280 }, height: { ideal: 720 } }
          : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      });
    } catch (error) {
      if (generation === this.generation) this.fail(cameraErrorKind(error));
      return;
    }
    // Closed or reopened while the permission prompt was up.
    if (generation !== this.generation || !this.wanted) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.stream = stream;
    const track = stream.getVideoTracks()[0]!;
    track.addEventListener('ended', () => {
      if (this.stream === stream) this.fail('ended');
    });
    this.cameras = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    const current = track.getSettings().deviceId;
    if (!this.deviceId) {
      // First open: facingMode may have given the ultra-wide lens; move to the main rear one.
      const rear = pickRearCamera(this.cameras);
      this.deviceId = current;
      if (rear && current && rear !== current) {
        this.deviceId = rear;
        this.release();
        return this.open();
      }
    }
    const caps: TrackCapabilities = typeof track.getCapabilities === 'function' ? track.getCapabilities() : {};
    this.torch = caps.torch ? false : undefined;
    this.zoom =
      caps.zoom && caps.zoom.max > caps.zoom.min
        ? {
            min: caps.zoom.min,
            max: caps.zoom.max,
            step: caps.zoom.step || 0.1,
            value: (track.getSettings() as { zoom?: number }).zoom ?? caps.zoom.min,
          }
        : undefined;
    const video = this.video();
    if (video) {
      video.srcObject = stream;
      try {
        await video.play();
      } catch {
        // Autoplay of a muted inline video is allowed; a failure here leaves frames still readable.
      }
    }
    if (generation !== this.generation) return;
    this.state = 'live';
    this.host.requestUpdate();
  }

  /** Stops the tracks and forgets the stream, keeping `wanted`. */
  private release(): void {
    this.generation++;
    const stream = this.stream;
    this.stream = undefined;
    stream?.getTracks().forEach((t) => t.stop());
    const video = this.video();
    if (video) video.srcObject = null;
    if (this.state === 'live' || this.state === 'starting') this.state = 'off';
  }
}
