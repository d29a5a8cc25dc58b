import { toSessionAnswer } from './session-answer';

describe('the answer to "is anyone logged in?"', () => {
  const kari = {
    id: 'u-kari',
    name: 'Kari Nordmann',
    email: 'kari@bergen.kommune.no',
    phone: '+4791234567',
    registered: true,
    grants: [
      { id: 'g1', role: 'unit-reporter', scope: { type: 'unit', id: '4601' } },
    ],
  };

  it('should be anonymous when the gateway says nobody is logged in', () => {
    expect(toSessionAnswer({ authenticated: false })).toEqual({
      status: 'anonymous',
    });
  });

  it('should carry the person when someone is', () => {
    expect(toSessionAnswer({ authenticated: true, user: kari })).toEqual({
      status: 'authenticated',
      user: kari,
    });
  });

  it('should leave out grants the SPA does not know', () => {
    const answer = toSessionAnswer({
      authenticated: true,
      user: { ...kari, grants: [...kari.grants, { id: 'g2', role: 'x' }] },
    });
    expect(answer?.status === 'authenticated' && answer.user.grants).toEqual(
      kari.grants,
    );
  });

  it('should not be an answer when the body is something else', () => {
    expect(toSessionAnswer(null)).toBeNull();
    expect(toSessionAnswer('<html>')).toBeNull();
    expect(toSessionAnswer({})).toBeNull();
    expect(toSessionAnswer({ authenticated: 'false' })).toBeNull();
    expect(toSessionAnswer({ authenticated: true })).toBeNull();
    expect(
      toSessionAnswer({ authenticated: true, user: { name: 'x' } }),
    ).toBeNull();
  });
});
