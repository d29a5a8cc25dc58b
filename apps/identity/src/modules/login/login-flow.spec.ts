import { acceptedLevels } from './login-flow.service';

describe('the level of assurance a login must have', () => {
  it('accepts substantial and high when substantial is required', () => {
    expect(acceptedLevels('idporten-loa-substantial')).toEqual([
      'idporten-loa-substantial',
      'idporten-loa-high',
    ]);
  });

  it('accepts only high when high is required', () => {
    expect(acceptedLevels('idporten-loa-high')).toEqual(['idporten-loa-high']);
  });
});
