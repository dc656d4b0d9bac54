import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cameraErrorKind, pickRearCamera } from '../camera-controller.js';
import { acceptScan } from './formats.js';

const error = (name: string) => Object.assign(new Error(name), { name });

describe('camera failures', () => {
  it('maps getUserMedia errors to what the citizen is told', () => {
    assert.equal(cameraErrorKind(error('NotAllowedError')), 'denied');
    assert.equal(cameraErrorKind(error('SecurityError')), 'denied');
    assert.equal(cameraErrorKind(error('NotFoundError')), 'no-camera');
    assert.equal(cameraErrorKind(error('OverconstrainedError')), 'no-camera');
    assert.equal(cameraErrorKind(error('NotReadableError')), 'busy');
    assert.equal(cameraErrorKind(error('TypeError')), 'failed');
    assert.equal(cameraErrorKind('nonsense'), 'failed');
  });
});

describe('pickRearCamera', () => {
  const cam = (deviceId: string, label: string) => ({ deviceId, label, kind: 'videoinput' as const });
  it('prefers the rear main lens over ultra-wide, tele and front cameras', () => {
    assert.equal(
      pickRearCamera([
        cam('f', 'Front Camera'),
        cam('uw', 'Back Ultra Wide Camera'),
        cam('m', 'Back Camera'),
        cam('t', 'Back Telephoto Camera'),
      ]),
      'm',
    );
    assert.equal(
      pickRearCamera([cam('a', 'camera2 1, facing front'), cam('b', 'camera2 0, facing back'), cam('c', 'camera2 2, facing back')]),
      'b',
    );
    assert.equal(pickRearCamera([cam('x', 'Camera sau góc rộng 0.5x'), cam('y', 'Camera sau')]), 'y');
  });
  it('leaves the choice to facingMode when labels say nothing', () => {
    assert.equal(pickRearCamera([cam('a', ''), cam('b', '')]), undefined);
    assert.equal(pickRearCamera([cam('a', 'Integrated Webcam')]), undefined);
  });
});

describe('acceptScan', () => {
  it('extracts the dossier code and key and keeps the text', () => {
    assert.deepEqual(acceptScan(' 000.00.12.H42-241105-0003 ', 'code_128'), {
      text: '000.00.12.H42-241105-0003',
      format: 'code_128',
      code: '000.00.12.H42-241105-0003',
    });
    assert.deepEqual(acceptScan('https://x.gov.vn/tra-cuu?maHoSo=000.00.12.H42-241105-0003&key=A7K2', 'qr_code')?.key, 'A7K2');
  });
  it('refuses formats we do not read, empty or binary text, and short 1-D reads', () => {
    assert.equal(acceptScan('12345678', 'codabar'), null);
    assert.equal(acceptScan('   ', 'qr_code'), null);
    assert.equal(acceptScan('ab\u0000cd', 'qr_code'), null);
    assert.equal(acceptScan('1234', 'itf'), null);
    assert.deepEqual(acceptScan('MOTCUA', 'code_39'), { text: 'MOTCUA', format: 'code_39' });
  });
});
