import { loadTestPersons, parseTestPersons } from './test-persons';
import { join } from 'node:path';

describe('test persons', () => {
  it('should load the seeded persons, with the foreign eID keyed by name', () => {
    // when
    const persons = loadTestPersons(
      join(__dirname, '..', 'assets', 'test-persons.json'),
    );

    // then
    expect(persons).toHaveLength(16);
    expect(persons[0]).toEqual({
      pid: '01818510159',
      name: 'Kari Nordmann',
      description: 'Rapportør, Bergen kommune',
      key: '01818510159',
    });
    expect(persons.find((person) => person.pid === null)?.key).toBe(
      'eidas-jane-doe',
    );
  });

  it('should refuse a person whose pid fails the mod-11 check', () => {
    expect(() =>
      parseTestPersons([
        { pid: '01818510158', name: 'Feil Nummer', description: 'x' },
      ]),
    ).toThrow(/not a valid fødselsnummer/);
  });

  it('should refuse two persons with the same pid', () => {
    const person = { pid: '01818510159', name: 'Kari', description: 'x' };
    expect(() => parseTestPersons([person, person])).toThrow(/share/);
  });
});
