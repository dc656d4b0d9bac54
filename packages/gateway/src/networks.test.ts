import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limitsByAddress } from './networks.js';
import { DEFAULT_LIMITS } from './limits.js';

describe('limitsByAddress', () => {
  const limitsFor = limitsByAddress(DEFAULT_LIMITS, [
    { name: 'hall', cidr: '203.113.0.0/24', dossierPerMinute: 200, failedLookups: 100 },
    { name: 'kiosks', cidr: ['10.9.0.5/32', '2001:db8:5::/48'], perMinute: 600 },
  ]);

  it("gives a network's addresses its limits, the rest the defaults", () => {
    assert.deepEqual(limitsFor('203.113.0.77'), { ...DEFAULT_LIMITS, dossierPerMinute: 200, failedLookups: 100 });
    assert.deepEqual(
      limitsFor('::ffff:203.113.0.77'),
      { ...DEFAULT_LIMITS, dossierPerMinute: 200, failedLookups: 100 },
      'IPv4 seen through an IPv6 socket',
    );
    assert.equal(limitsFor('10.9.0.5').perMinute, 600);
    assert.equal(limitsFor('2001:db8:5:1::9').perMinute, 600);
    assert.deepEqual(limitsFor('203.113.1.1'), DEFAULT_LIMITS);
    assert.deepEqual(limitsFor('not an address'), DEFAULT_LIMITS);
  });

  it('names a block that is not CIDR', () => {
    assert.throws(
      () => limitsByAddress(DEFAULT_LIMITS, [{ name: 'hall', cidr: '203.113.0.0/33' }]),
      /network "hall": "203.113.0.0\/33" is not a CIDR block/,
    );
    assert.throws(() => limitsByAddress(DEFAULT_LIMITS, [{ name: 'hall', cidr: 'hall.local' }]), /is not a CIDR block/);
  });
});
