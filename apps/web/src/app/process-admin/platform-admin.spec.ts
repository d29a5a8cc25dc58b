import { isPlatformAdmin } from './platform-admin';

describe('isPlatformAdmin', () => {
  it('needs a platform-admin grant', () => {
    expect(isPlatformAdmin([{ role: 'platform-admin' }])).toBe(true);
    expect(
      isPlatformAdmin([{ role: 'bufdir' }, { role: 'concern-admin' }]),
    ).toBe(false);
    expect(isPlatformAdmin([])).toBe(false);
  });
});
