// Builds the fake camera's video for the scanner tests: a receipt with the dossier code as a
// Code 128 barcode (drawn by jsbarcode, as the receipt element draws it), slightly turned, as a
// phone sees it; ffmpeg turns it into the MJPEG that Chromium's fake capture device plays.
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { RECEIPT_CODE } from '../fixtures/receipt.mjs';

const require = createRequire(import.meta.url);
const JsBarcode = require('jsbarcode');

const dir = resolve('.cache/fake-camera');

export function fakeCameraVideo() {
  const document = new DOMImplementation().createDocument('http://www.w3.org/1999/xhtml', 'html', null);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  JsBarcode(svg, RECEIPT_CODE, {
    xmlDocument: document,
    format: 'CODE128',
    width: 2,
    height: 90,
    margin: 16,
    fontSize: 18,
    background: '#ffffff',
  });
  svg.setAttribute('x', String(640 - parseFloat(svg.getAttribute('width')) / 2));
  svg.setAttribute('y', '320');
  const barcode = new XMLSerializer().serializeToString(svg);
  const receipt = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720">
  <rect width="1280" height="720" fill="#6b5b4b"/>
  <g transform="rotate(-3 640 360)">
    <rect x="200" y="90" width="880" height="540" fill="#f7f5ef"/>
    <text x="640" y="160" font-family="sans-serif" font-size="26" text-anchor="middle" fill="#222">GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</text>
    <text x="260" y="220" font-family="sans-serif" font-size="20" fill="#333">Thủ tục: Đăng ký khai sinh</text>
    <text x="260" y="255" font-family="sans-serif" font-size="20" fill="#333">Ngày hẹn trả: 08/11/2024</text>
    ${barcode}
  </g>
</svg>`;
  const file = resolve(dir, `receipt-${createHash('sha1').update(receipt).digest('hex').slice(0, 8)}.mjpeg`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'receipt.svg'), receipt);
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-loop',
    '1',
    '-framerate',
    '10',
    '-i',
    resolve(dir, 'receipt.svg'),
    '-vf',
    'format=yuvj420p',
    '-frames:v',
    '10',
    '-q:v',
    '3',
    '-f',
    'mjpeg',
    file,
  ]);
  return file;
}
