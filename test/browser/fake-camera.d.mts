/** The dossier code on the fake camera's receipt. */
export declare const FAKE_CAMERA_CODE: string;
/** Path of the generated MJPEG receipt video for Chromium's fake capture device. */
export declare function fakeCameraVideo(): string;
