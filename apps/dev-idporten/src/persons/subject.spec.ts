import { pairwiseSubject } from './subject';

describe('pairwiseSubject', () => {
  it('should be stable, url-safe and not reveal the pid', () => {
    // when
    const sub = pairwiseSubject('barnevern-local', '01818510159');

    // then
    expect(pairwiseSubject('barnevern-local', '01818510159')).toBe(sub);
    expect(sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sub).not.toContain('01818510159');
  });

  it('should differ per client, like a pairwise sub', () => {
    expect(pairwiseSubject('a', '01818510159')).not.toBe(
      pairwiseSubject('b', '01818510159'),
    );
  });
});
