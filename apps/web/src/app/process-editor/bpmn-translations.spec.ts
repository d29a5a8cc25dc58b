import { translateToBokmal } from './bpmn-translations';

describe('translateToBokmal', () => {
  it('gives the bokmål text for what bpmn-js and the properties panel show', () => {
    expect(translateToBokmal('Create task')).toBe('Lag oppgave');
    expect(translateToBokmal('User task')).toBe('Brukeroppgave');
    expect(translateToBokmal('Candidate groups')).toBe('Kandidatgrupper');
  });

  it('keeps an unknown text in English and fills in its replacements', () => {
    expect(
      translateToBokmal('Element {element} is missing', { element: 'T1' }),
    ).toBe('Element T1 is missing');
    expect(translateToBokmal('Unknown {x}')).toBe('Unknown {x}');
  });
});
