// @motcua/core in a real browser: the same entry points the components use.
import { expect } from '@open-wc/testing';
import { createClient, extractDossierCode, foldVietnamese, MotcuaError, parseDossierCode, type Adapter } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';

describe('@motcua/core in Chromium', () => {
  it('parses, extracts and folds', () => {
    expect(parseDossierCode('０００.００.１２.Ｈ４２－２４１１０５－０００３')?.code).to.equal('000.00.12.H42-241105-0003');
    expect(extractDossierCode('https://portal.example.vn/#/tra-cuu?maHoSo=000.00.12.H42-241105-0003&maTraCuu=AB12')).to.deep.equal({
      code: '000.00.12.H42-241105-0003',
      key: 'AB12',
    });
    expect(foldVietnamese('Đăng ký thường trú'.normalize('NFD'))).to.equal('dang ky thuong tru');
  });

  it('judges timeliness on the Vietnamese calendar', () => {
    const t = dossierTimeliness(
      {
        code: 'H42.22-241105-0001',
        procedure: { code: '1', name: 'x' },
        receivedAt: '2024-11-05T08:00:00+07:00',
        appointmentAt: '2024-11-15T17:00:00+07:00',
        status: 4,
      },
      { now: '2024-11-15T17:30:00Z' },
    );
    expect(t).to.deep.equal({ state: 'overdue', daysLate: 1 });
  });

  it('runs the client over fetch and types a failed network call', async () => {
    const adapter: Adapter = {
      name: 'fetch',
      lookupDossier: async (code, { signal }) => (await fetch(`/no-such-backend/${code}`, { signal })).json(),
      searchProcedures: () => Promise.reject(new MotcuaError('unsupported', 'none')),
      getProcedure: () => Promise.reject(new MotcuaError('unsupported', 'none')),
      listSectors: () => fetch('http://127.0.0.1:9/').then((r) => r.json()),
      listAgencies: async () => [],
    };
    const client = createClient({ adapter });
    let error: unknown;
    try {
      await client.sectors.list();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(MotcuaError);
    expect((error as MotcuaError).kind).to.equal('network');
    expect((error as MotcuaError).message).to.contain('Không kết nối được');
  });
});
