import { parseTestPersons } from '../persons/test-persons';
import { AccountRegistry } from './account-registry';

const persons = parseTestPersons([
  { pid: '01818510159', name: 'Kari Nordmann', description: 'x' },
  { pid: null, name: 'Jane Doe', description: 'y' },
]);

describe('AccountRegistry', () => {
  it('should know a seeded person by sub and give the pid as a claim', async () => {
    // given
    const registry = new AccountRegistry('barnevern-local', persons);
    const sub = registry.remember({ key: '01818510159', pid: '01818510159' });

    // when
    const account = registry.find(sub);

    // then
    expect(sub).not.toBe('01818510159');
    await expect(
      Promise.resolve(account?.claims('id_token', 'openid')),
    ).resolves.toEqual({ sub, pid: '01818510159' });
  });

  it('should give no pid for the foreign eID', async () => {
    const registry = new AccountRegistry('barnevern-local', persons);
    const sub = registry.remember({ key: 'eidas-jane-doe', pid: null });
    await expect(
      Promise.resolve(registry.find(sub)?.claims('id_token', 'openid')),
    ).resolves.toEqual({ sub });
  });

  it('should not know a sub it never issued', () => {
    expect(new AccountRegistry('c', persons).find('nobody')).toBeUndefined();
  });
});
