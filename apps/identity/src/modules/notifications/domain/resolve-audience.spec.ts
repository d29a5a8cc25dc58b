import {
  DirectoryUser,
  RecipientDirectory,
  resolveAudience,
} from './resolve-audience';

const REGISTERED = new Date('2026-01-05T10:00:00Z');
const person = (
  id: string,
  email: string | null,
  registeredAt: Date | null = REGISTERED,
): DirectoryUser => ({ id, email, registeredAt });

const KARI = '11111111-1111-4111-8111-111111111111';
const OLA = '22222222-2222-4222-8222-222222222222';
const NILS = '33333333-3333-4333-8333-333333333333';

/** An in-memory directory: grants by office and unit, users by id. */
function directoryOf(data: {
  offices?: Record<string, DirectoryUser[]>;
  units?: Record<string, DirectoryUser[]>;
  bufdir?: DirectoryUser[];
  users?: DirectoryUser[];
}): RecipientDirectory {
  return {
    caseworkersOf: async (officeId) => data.offices?.[officeId] ?? [],
    reportersOf: async (unitId) => data.units?.[unitId] ?? [],
    bufdirUsers: async () => data.bufdir ?? [],
    user: async (userId) =>
      data.users?.find((user) => user.id === userId) ?? null,
  };
}

describe('resolving a notification audience', () => {
  it('sends to every registered caseworker of the office, one recipient each', async () => {
    // given
    const directory = directoryOf({
      offices: {
        'sf-vestland': [
          person(KARI, 'kari@statsforvalteren.no'),
          person(OLA, 'ola@statsforvalteren.no'),
        ],
      },
    });

    // when
    const resolution = await resolveAudience(
      { kind: 'office', officeId: 'sf-vestland' },
      directory,
    );

    // then
    expect(resolution).toEqual({
      recipients: [
        { userId: KARI, email: 'kari@statsforvalteren.no' },
        { userId: OLA, email: 'ola@statsforvalteren.no' },
      ],
    });
  });

  it('sends an application from outside kommuner and Statsforvalteren to the registered Bufdir users', async () => {
    // given
    const directory = directoryOf({
      bufdir: [person(KARI, 'kari@bufdir.no'), person(OLA, null)],
    });

    // when
    const resolution = await resolveAudience({ kind: 'bufdir' }, directory);

    // then
    expect(resolution).toEqual({
      recipients: [{ userId: KARI, email: 'kari@bufdir.no' }],
    });
  });

  it('records Bufdir as undeliverable when nobody there is registered', async () => {
    const resolution = await resolveAudience(
      { kind: 'bufdir' },
      directoryOf({}),
    );

    expect(resolution).toEqual({
      recipients: [],
      reason: 'no registered Bufdir user with an e-mail address',
    });
  });

  it('leaves out users who have not registered, have no address or an address the mail contract refuses', async () => {
    const directory = directoryOf({
      units: {
        '4601': [
          person(KARI, 'kari@bergen.kommune.no', null),
          person(OLA, null),
          person(NILS, 'not-an-address'),
        ],
      },
    });

    const resolution = await resolveAudience(
      { kind: 'unit', unitId: '4601' },
      directory,
    );

    expect(resolution).toEqual({
      recipients: [],
      reason: 'no registered reporter with an e-mail address for unit 4601',
    });
  });

  it('names the office when it has no caseworker who can receive e-mail', async () => {
    await expect(
      resolveAudience(
        { kind: 'office', officeId: 'sf-rogaland' },
        directoryOf({}),
      ),
    ).resolves.toEqual({
      recipients: [],
      reason:
        'no registered caseworker with an e-mail address for office sf-rogaland',
    });
  });

  it('lists a user once even when the directory returns them twice (kommune and bydel grant)', async () => {
    const kari = person(KARI, 'kari@oslo.kommune.no');
    const directory = directoryOf({ units: { '030101': [kari, kari] } });

    const resolution = await resolveAudience(
      { kind: 'unit', unitId: '030101' },
      directory,
    );

    expect(resolution.recipients).toEqual([
      { userId: KARI, email: 'kari@oslo.kommune.no' },
    ]);
  });

  it('sends to the user alone when registered with an address, not to the fallback unit', async () => {
    const directory = directoryOf({
      users: [person(KARI, 'kari@bergen.kommune.no')],
      units: { '4601': [person(OLA, 'ola@bergen.kommune.no')] },
    });

    const resolution = await resolveAudience(
      { kind: 'user', userId: KARI, fallbackUnitId: '4601' },
      directory,
    );

    expect(resolution.recipients).toEqual([
      { userId: KARI, email: 'kari@bergen.kommune.no' },
    ]);
  });

  it('falls back to the unit reporters when a machine client submitted', async () => {
    const directory = directoryOf({
      units: { '4601': [person(OLA, 'ola@bergen.kommune.no')] },
    });

    const resolution = await resolveAudience(
      {
        kind: 'user',
        userId: 'client:6f1c2a9e-0000-4000-8000-000000000000',
        fallbackUnitId: '4601',
      },
      directory,
    );

    expect(resolution.recipients).toEqual([
      { userId: OLA, email: 'ola@bergen.kommune.no' },
    ]);
  });

  it('falls back when the user is unknown or has no registered address', async () => {
    const directory = directoryOf({
      users: [person(KARI, null, null)],
      units: { '4601': [person(OLA, 'ola@bergen.kommune.no')] },
    });

    for (const userId of [KARI, NILS])
      await expect(
        resolveAudience(
          { kind: 'user', userId, fallbackUnitId: '4601' },
          directory,
        ),
      ).resolves.toEqual({
        recipients: [{ userId: OLA, email: 'ola@bergen.kommune.no' }],
      });
  });

  it('says why nobody is left when neither the user nor the fallback unit can receive it', async () => {
    const directory = directoryOf({ users: [person(KARI, null)] });

    await expect(
      resolveAudience(
        { kind: 'user', userId: KARI, fallbackUnitId: '4601' },
        directory,
      ),
    ).resolves.toEqual({
      recipients: [],
      reason:
        'the user has no registered e-mail address and unit 4601 has no registered reporter with an e-mail address',
    });
    await expect(
      resolveAudience({ kind: 'user', userId: 'client:abc' }, directory),
    ).resolves.toEqual({
      recipients: [],
      reason: 'the user is not a person and there is no fallback unit',
    });
  });
});
