import { MESSAGES, sendProblemOf } from './concern-send-problem';

describe('why a message was not sent', () => {
  it('points at the fields a 400 names, in `issues` or `details`', () => {
    const issues = [
      {
        path: 'privatBarn.0.personnavn',
        message: 'Fyll inn navnet til barnet.',
      },
    ];
    expect(
      sendProblemOf(400, {
        code: 'COMMON.VALIDATION_FAILED',
        message: 'x',
        issues,
      }),
    ).toEqual({ kind: 'fields', issues });
    expect(sendProblemOf(400, { message: 'x', details: issues })).toEqual({
      kind: 'fields',
      issues,
    });
    expect(sendProblemOf(400, { message: 'Invalid body: melding: …' })).toEqual(
      {
        kind: 'message',
        message: MESSAGES.invalid,
      },
    );
  });

  it('shows the service’s sentence for a kommune it does not know, and fetches the list again', () => {
    expect(
      sendProblemOf(404, {
        message: 'Kommunen tar ikke imot bekymringsmeldinger.',
      }),
    ).toEqual({
      kind: 'message',
      message: 'Kommunen tar ikke imot bekymringsmeldinger.',
      reloadRecipients: true,
    });
    expect(sendProblemOf(404, 'Not Found')).toEqual({
      kind: 'message',
      message: MESSAGES.notFound,
      reloadRecipients: true,
    });
  });

  it('says that the first version arrived when the key already sent another', () => {
    expect(
      sendProblemOf(422, {
        statusCode: 422,
        code: 'COMMON.IDEMPOTENCY_KEY_REUSED',
        message: 'x',
      }),
    ).toEqual({ kind: 'message', message: MESSAGES.alreadySent });
    expect(MESSAGES.alreadySent).toContain('allerede mottatt');
    expect(sendProblemOf(422, null)).toEqual({
      kind: 'message',
      message: MESSAGES.unavailable,
    });
  });

  it('says calmly that nothing was sent', () => {
    expect(sendProblemOf(413, null)).toEqual({
      kind: 'message',
      message: MESSAGES.tooLarge,
    });
    expect(sendProblemOf(429, { code: 'COMMON.RATE_LIMITED' })).toEqual({
      kind: 'message',
      message:
        'Du har sendt mange meldinger på kort tid. Vent litt og prøv igjen.',
    });
    expect(sendProblemOf(0, null)).toEqual({
      kind: 'message',
      message: MESSAGES.network,
    });
    for (const status of [500, 502, 503, 418])
      expect(sendProblemOf(status, null)).toEqual({
        kind: 'message',
        message: MESSAGES.unavailable,
      });
    expect(sendProblemOf(401, null)).toEqual({
      kind: 'message',
      message: MESSAGES.loggedOut,
      loginAgain: true,
    });
    expect(sendProblemOf(403, { code: 'COMMON.CROSS_SITE_REQUEST' })).toEqual({
      kind: 'message',
      message: MESSAGES.crossSite,
    });
    for (const message of Object.values(MESSAGES).filter(
      (m) => m !== MESSAGES.tooMany,
    ))
      expect(message).toMatch(/ikke (blitt )?sendt|Ingenting er sendt/);
  });
});
