import { describeFailure, maskAddresses } from './mask-addresses';

describe('masking addresses in delivery errors', () => {
  it('replaces every e-mail address, keeping the rest of the SMTP reply', () => {
    expect(
      maskAddresses(
        "Can't send mail - all recipients were rejected: 550 5.1.1 <kari.nordmann@bergen.kommune.no>: Recipient address rejected",
      ),
    ).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <<adresse>>: Recipient address rejected",
    );
  });

  it('describes an error on one line within the column', () => {
    const described = describeFailure(new Error(`a\n\nb ${'x'.repeat(2000)}`));
    expect(described.startsWith('a b x')).toBe(true);
    expect(described).toHaveLength(1000);
  });
});
