import { ConcernSendKey, IDEMPOTENCY_KEY_REUSED } from './concern-send-key';

describe('the idempotency key of one filled-in form', () => {
  it('is the same for every «Send» of the form after a network error, a 5xx or a timeout', () => {
    // given
    const sendKey = new ConcernSendKey();
    const first = sendKey.current();

    // when the answers were lost
    for (const status of [0, 500, 502, 503, 504]) sendKey.failed(status, null);
    sendKey.failed(400, { code: 'COMMON.VALIDATION_FAILED' });

    // then
    expect(sendKey.current()).toBe(first);
    expect(first).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('is new for a new form', () => {
    expect(new ConcernSendKey().current()).not.toBe(
      new ConcernSendKey().current(),
    );
  });

  it('is replaced only when the service says it already sent another version', () => {
    const sendKey = new ConcernSendKey();
    const first = sendKey.current();
    sendKey.failed(422, { code: 'COMMON.VALIDATION_FAILED' });
    expect(sendKey.current()).toBe(first);
    sendKey.failed(422, { code: IDEMPOTENCY_KEY_REUSED });
    expect(sendKey.current()).not.toBe(first);
  });
});
