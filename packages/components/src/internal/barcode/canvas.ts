/** Images to canvases, and the variations the thorough pass tries. */

export type BarcodeImageSource = Blob | ImageBitmap | HTMLImageElement | HTMLCanvasElement | ImageData;

/** Big photos are scaled down first: 1-D codes survive it, and zxing's time grows with area. */
const MAX_SIDE = 1600;

export function blankCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}

export async function toCanvas(source: BarcodeImageSource): Promise<HTMLCanvasElement> {
  if (typeof ImageData !== 'undefined' && source instanceof ImageData) {
    const { canvas, ctx } = blankCanvas(source.width, source.height);
    ctx.putImageData(source, 0, 0);
    return canvas;
  }
  let image: CanvasImageSource;
  let width: number;
  let height: number;
  if (source instanceof Blob) {
    // Honours the photo's EXIF orientation.
    const bitmap = await createImageBitmap(source);
    [image, width, height] = [bitmap, bitmap.width, bitmap.height];
  } else if (source instanceof HTMLImageElement) {
    if (!source.complete || !source.naturalWidth) await source.decode();
    [image, width, height] = [source, source.naturalWidth, source.naturalHeight];
  } else {
    const drawable = source as HTMLCanvasElement | ImageBitmap;
    [image, width, height] = [drawable, drawable.width, drawable.height];
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  if (scale === 1 && source instanceof HTMLCanvasElement) return source;
  const { canvas, ctx } = blankCanvas(width * scale, height * scale);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  if (image instanceof ImageBitmap && image !== source) image.close();
  return canvas;
}

/** The canvas turned by `degrees` about its centre, on white, grown to fit. */
export function rotated(source: HTMLCanvasElement, degrees: number): HTMLCanvasElement {
  const rad = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.abs(Math.cos(rad)), Math.abs(Math.sin(rad))];
  const { canvas, ctx } = blankCanvas(source.width * cos + source.height * sin, source.width * sin + source.height * cos);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate(rad);
  ctx.drawImage(source, -source.width / 2, -source.height / 2);
  return canvas;
}

export function scaled(source: HTMLCanvasElement, factor: number): HTMLCanvasElement {
  const { canvas, ctx } = blankCanvas(source.width * factor, source.height * factor);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Grey levels stretched between the 2nd and 98th percentile: rescues faded and low-contrast prints. */
export function stretched(source: HTMLCanvasElement): HTMLCanvasElement {
  const { canvas, ctx } = blankCanvas(source.width, source.height);
  const data = source.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, source.width, source.height);
  const px = data.data;
  const histogram = new Uint32Array(256);
  const luma = new Uint8ClampedArray(px.length / 4);
  for (let i = 0; i < luma.length; i++) {
    luma[i] = (px[i * 4]! * 77 + px[i * 4 + 1]! * 150 + px[i * 4 + 2]! * 29) >> 8;
    histogram[luma[i]!]!++;
  }
  const cut = luma.length * 0.02;
  let lo = 0;
  let hi = 255;
  for (let seen = 0; lo < 255 && (seen += histogram[lo]!) < cut;) lo++;
  for (let seen = 0; hi > 0 && (seen += histogram[hi]!) < cut;) hi--;
  const range = Math.max(1, hi - lo);
  for (let i = 0; i < luma.length; i++) {
    const v = Math.max(0, Math.min(255, ((luma[i]! - lo) * 255) / range));
    px[i * 4] = px[i * 4 + 1] = px[i * 4 + 2] = v;
    px[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
  return canvas;
}

/** A light blur: averages out sensor grain and print speckle before binarising. */
export function smoothed(source: HTMLCanvasElement, px = 1): HTMLCanvasElement {
  const { canvas, ctx } = blankCanvas(source.width, source.height);
  ctx.filter = `blur(${px}px)`;
  ctx.drawImage(source, 0, 0);
  return canvas;
}

/** Copies a region of a video frame into a reusable canvas, for the frame pass. */
export function frameGrabber(): (
  video: HTMLVideoElement,
  region: { x: number; y: number; width: number; height: number },
) => HTMLCanvasElement {
  let target: ReturnType<typeof blankCanvas> | undefined;
  return (video, region) => {
    const width = Math.round(video.videoWidth * region.width);
    const height = Math.round(video.videoHeight * region.height);
    if (!target || target.canvas.width !== width || target.canvas.height !== height) target = blankCanvas(width, height);
    target.ctx.drawImage(video, video.videoWidth * region.x, video.videoHeight * region.y, width, height, 0, 0, width, height);
    return target.canvas;
  };
}
