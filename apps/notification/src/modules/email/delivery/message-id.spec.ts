import { messageIdFor } from './message-id';

describe('messageIdFor', () => {
  const from = 'Barnevernsrapportering <ikke-svar@barnevern.local>';

  it("is the same for every attempt of a key, in the sender's domain", () => {
    expect(messageIdFor('report-42-submitted', from)).toBe(
      messageIdFor('report-42-submitted', from),
    );
    expect(messageIdFor('report-42-submitted', from)).toMatch(
      /^<[0-9a-f]{40}@barnevern\.local>$/,
    );
  });

  it('differs between keys', () => {
    expect(messageIdFor('a', from)).not.toBe(messageIdFor('b', from));
  });
});
