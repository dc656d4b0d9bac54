/** Path of the generated MJPEG receipt video for Chromium's fake capture device. */
export declare function fakeCameraVideo(): string;
