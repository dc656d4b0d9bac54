// The harder set of degraded receipt photos (issue 30), made in the browser: 50 images of a
// receipt's Code 128 and QR as phones and messengers pass them on — narrow bars, turned 25–30°,
// small receipts, small QRs, blur — every one saved as a JPEG (quality 60–70), plus 10 images that hold no
// code (to count false reads). Seeded: the same images in every run.
import JsBarcode from 'jsbarcode';
import { qr, RECEIPT_CODE, RECEIPT_URL, withoutCode } from '../test/fixtures/barcode-images.js';
import { random } from '../test/fixtures/random.js';

export interface HardImage {
  group: 'narrow bars' | 'turned 25–30°' | 'small receipt' | 'small QR' | 'blur' | 'no code';
  name: string;
  make: () => Promise<HTMLCanvasElement>;
}

function sheet(width: number, height: number, fill = '#f7f5ef'): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  [c.width, c.height] = [Math.round(width), Math.round(height)];
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, c.width, c.height);
  return [c, ctx];
}

/** A receipt: its heading and lines of text, the Code 128 (`module` px per module) and, unless 0, the QR (`qrModule` px per module). */
function receipt(module: number, qrModule: number): HTMLCanvasElement {
  const bars = document.createElement('canvas');
  JsBarcode(bars, RECEIPT_CODE, { format: 'CODE128', width: 1, height: 40, margin: 10, displayValue: false });
  const barWidth = bars.width * module;
  const code = qrModule ? qr(RECEIPT_URL, 0) : undefined;
  const qrSide = code ? code.width * qrModule : 0;
  const [c, ctx] = sheet(Math.max(barWidth, 260) + 60, 150 + 40 * module + qrSide + 90);
  ctx.fillStyle = '#222';
  ctx.font = '16px sans-serif';
  ctx.fillText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 20, 30);
  ctx.font = '13px sans-serif';
  ctx.fillText('Thủ tục: Đăng ký khai sinh', 20, 55);
  ctx.fillText('Ngày hẹn trả: 08/11/2024', 20, 75);
  // Drawn smoothed at any module width, as a lens sees it (nearest-neighbour would make 1.15 px modules 1 or 2 px at random).
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bars, 30, 95, barWidth, 40 * module);
  ctx.fillText(RECEIPT_CODE, 30 + barWidth / 2 - 90, 115 + 40 * module);
  if (code) ctx.drawImage(code, 30, 130 + 40 * module, qrSide, qrSide);
  ctx.fillText('Mã tra cứu: A7K2', 30, 160 + 40 * module + qrSide);
  return c;
}

/** The picture as a phone takes and passes it: scaled (smoothed), turned on a table, blurred, grain, saved as JPEG. */
async function photo(
  src: HTMLCanvasElement,
  o: { scale?: number; turn?: number; blur?: number; grain?: number; quality: number; seed: number },
): Promise<HTMLCanvasElement> {
  const rad = ((o.turn ?? 0) * Math.PI) / 180;
  const [w, h] = [src.width * (o.scale ?? 1), src.height * (o.scale ?? 1)];
  const [cos, sin] = [Math.abs(Math.cos(rad)), Math.abs(Math.sin(rad))];
  const [c, ctx] = sheet(w * cos + h * sin + 60, w * sin + h * cos + 60, '#6b5b4b');
  ctx.imageSmoothingQuality = 'high';
  if (o.blur) ctx.filter = `blur(${o.blur}px)`;
  ctx.translate(c.width / 2, c.height / 2);
  ctx.rotate(rad);
  ctx.drawImage(src, -w / 2, -h / 2, w, h);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'none';
  if (o.grain) {
    const data = ctx.getImageData(0, 0, c.width, c.height);
    const rnd = random(o.seed);
    for (let i = 0; i < data.data.length; i += 4) {
      const n = (rnd() + rnd() + rnd() - 1.5) * o.grain;
      for (let k = 0; k < 3; k++) data.data[i + k] = data.data[i + k]! + n;
    }
    ctx.putImageData(data, 0, 0);
  }
  const blob = await new Promise<Blob>((resolve) => c.toBlob((b) => resolve(b!), 'image/jpeg', o.quality));
  const bitmap = await createImageBitmap(blob);
  const [out, octx] = sheet(bitmap.width, bitmap.height);
  octx.drawImage(bitmap, 0, 0);
  return out;
}

/** Only the QR, `module` px per module, on a bit of paper. */
function qrAlone(module: number): HTMLCanvasElement {
  const code = qr(RECEIPT_URL, 0);
  const side = code.width * module;
  const [c, ctx] = sheet(side + 40, side + 40);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(code, 20, 20, side, side);
  return c;
}

const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!;

export const HARD: HardImage[] = [
  // Narrow bars: modules of 1–1.3 px (the pre-issue-30 receipt shrunk on a phone), no QR, a little turned.
  ...Array.from({ length: 10 }, (_, i) => {
    const [module, turn, quality] = [pick([1, 1.15, 1.3], i), pick([0, 3, -5, 8, -12, 15, -2, 6, -9, 11], i), pick([0.7, 0.65, 0.6], i)];
    return {
      group: 'narrow bars' as const,
      name: `${module} px modules, turned ${turn}°, JPEG ${quality * 100}`,
      make: () => photo(receipt(module, 0), { turn, quality, seed: i }),
    };
  }),
  // Turned 25–30° either way, bars of 1.2–1.6 px after scaling.
  ...Array.from({ length: 10 }, (_, i) => {
    const [scale, turn] = [pick([0.6, 0.7, 0.8], i), pick([25, -27, 30, -25, 28, -30, 26, -29, 27, -26], i)];
    return {
      group: 'turned 25–30°' as const,
      name: `Code 128 at ${scale * 2} px modules, turned ${turn}°, JPEG 70`,
      make: () => photo(receipt(2, 0), { scale, turn, quality: 0.7, seed: 10 + i }),
    };
  }),
  // Whole receipts (Code 128 and QR) photographed from afar: 50–65 % of a 2 px / 3 px receipt
  // (Code 128 modules of 1–1.3 px, QR modules of 1.5–1.95 px).
  ...Array.from({ length: 10 }, (_, i) => {
    const [scale, turn] = [pick([0.5, 0.55, 0.6, 0.65], i), pick([0, 4, -6, 10, -3, 7, -9, 2, 12, -5], i)];
    return {
      group: 'small receipt' as const,
      name: `receipt at ${scale * 100} %, turned ${turn}°, JPEG 60`,
      make: () => photo(receipt(2, 3), { scale, turn, quality: 0.6, seed: 20 + i }),
    };
  }),
  // QRs alone with 1.7–2.5 px modules, any angle.
  ...Array.from({ length: 10 }, (_, i) => {
    const [module, turn] = [pick([1.7, 2, 2.2, 2.5], i), pick([0, 15, -30, 45, 60, -20, 90, 135, -40, 5], i)];
    return {
      group: 'small QR' as const,
      name: `QR at ${module} px modules, turned ${turn}°, JPEG 60`,
      make: () => photo(qrAlone(module), { turn, quality: 0.6, seed: 30 + i }),
    };
  }),
  // Out of focus: 0.6–1 px blur (half a module) with grain, the receipt at 80–100 %.
  ...Array.from({ length: 10 }, (_, i) => {
    const [blur, scale, turn, qrModule] = [
      pick([0.6, 0.7, 0.8, 0.9, 1], i),
      pick([0.8, 0.9, 1], i),
      pick([0, 5, -8, 3, -15], i),
      pick([0, 3], i),
    ];
    return {
      group: 'blur' as const,
      name: `${qrModule ? 'receipt' : 'Code 128 only'} at ${scale * 100} %, blurred ${blur} px, grain, turned ${turn}°, JPEG 60`,
      make: () => photo(receipt(2, qrModule), { scale, blur, turn, grain: 12, quality: 0.6, seed: 40 + i }),
    };
  }),
  // Nothing to read: a receipt without symbols, and the code-free fixtures, as JPEG photos.
  ...[
    ...withoutCode(),
    [
      'receipt text, no symbol',
      (() => {
        const [c, ctx] = sheet(420, 300);
        ctx.fillStyle = '#222';
        ctx.font = '15px sans-serif';
        ['GIẤY TIẾP NHẬN HỒ SƠ', `Mã hồ sơ: ${RECEIPT_CODE}`, 'Mã tra cứu: A7K2', 'Ngày hẹn trả: 08/11/2024', '||| | || |||| | ||'].forEach(
          (l, i) => ctx.fillText(l, 20, 40 + i * 30),
        );
        return c;
      })(),
    ] as [string, HTMLCanvasElement],
  ].flatMap(([name, canvas], i) => [
    { group: 'no code' as const, name: `${name}, JPEG 60`, make: () => photo(canvas, { quality: 0.6, seed: 50 + i }) },
    {
      group: 'no code' as const,
      name: `${name}, turned 27°, JPEG 60`,
      make: () => photo(canvas, { turn: 27, quality: 0.6, seed: 60 + i }),
    },
  ]),
];
