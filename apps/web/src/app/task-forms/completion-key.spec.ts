import { CompletionKey } from './completion-key';

describe('the key of one «Bekreft»', () => {
  it('stays the same while the confirm step is open, so a repeated «Bekreft» completes once', () => {
    // given
    const completion = new CompletionKey();
    // when
    completion.open();
    // then
    expect(completion.isOpen).toBe(true);
    expect(completion.current()).toBe(completion.current());
  });

  it('is new each time the confirm step opens again after «Tilbake»', () => {
    const completion = new CompletionKey();
    completion.open();
    const first = completion.current();
    completion.close();
    expect(completion.isOpen).toBe(false);
    expect(() => completion.current()).toThrow();
    completion.open();
    expect(completion.current()).not.toBe(first);
  });
});
