import { z } from 'zod';
import {
  RequestValidationError,
  ZodValidationPipe,
} from './zod-validation.pipe';

describe('ZodValidationPipe', () => {
  const pipe = new ZodValidationPipe(
    z.object({ name: z.string().max(5), data: z.unknown() }),
    'body',
  );

  it('answers the parsed value', () => {
    expect(pipe.transform({ name: 'Ola', data: { a: [1] } })).toEqual({
      name: 'Ola',
      data: { a: [1] },
    });
  });

  it('names each field the schema refuses', () => {
    expect(() => pipe.transform({ name: 'Nordmann', data: 1 })).toThrow(
      /^Invalid body: name: /,
    );
  });

  it('refuses text PostgreSQL cannot store even where the schema takes anything', () => {
    let error: unknown;
    try {
      pipe.transform({ name: 'Ola', data: { note: ['ok', 'a\u0000b'] } });
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).details).toEqual({
      details: [
        {
          path: 'data.note.1',
          message:
            'must not contain a NUL character or half of a surrogate pair',
        },
      ],
    });
  });
});
