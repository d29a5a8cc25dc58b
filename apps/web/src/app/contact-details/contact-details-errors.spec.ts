import { fieldErrorsOf, serverFieldErrors } from './contact-details-errors';

describe('contact details errors', () => {
  const refused = {
    code: 'COMMON.VALIDATION_FAILED',
    message: 'Invalid contact details: email: …',
    details: [
      { path: 'email', message: 'Oppgi en gyldig e-postadresse' },
      { path: 'phone', message: 'Oppgi et gyldig norsk telefonnummer' },
      { path: 'phone', message: 'second message for the same field' },
    ],
  };

  it('should show the server’s message at each field it names in `details`', () => {
    expect(serverFieldErrors(400, refused)).toEqual({
      email: 'Oppgi en gyldig e-postadresse',
      phone: 'Oppgi et gyldig norsk telefonnummer',
    });
  });

  it('should leave other failures to the form-level message', () => {
    expect(serverFieldErrors(500, refused)).toBeNull();
    expect(
      serverFieldErrors(400, { ...refused, code: 'COMMON.FORBIDDEN' }),
    ).toBeNull();
    expect(
      serverFieldErrors(400, { code: 'COMMON.VALIDATION_FAILED' }),
    ).toBeNull();
    expect(serverFieldErrors(400, 'Bad Request')).toBeNull();
    expect(
      serverFieldErrors(400, {
        ...refused,
        details: [{ path: 'pid', message: 'not a field of this form' }],
      }),
    ).toBeNull();
  });

  it('should not read the old `issues` key', () => {
    const { details, ...rest } = refused;
    expect(serverFieldErrors(400, { ...rest, issues: details })).toBeNull();
  });

  it('should take the first zod issue per field in the browser', () => {
    expect(
      fieldErrorsOf([
        { path: ['name'], message: 'Fyll inn navn' },
        { path: ['name'], message: 'later' },
        { path: [], message: 'whole form' },
      ]),
    ).toEqual({ name: 'Fyll inn navn' });
  });
});
