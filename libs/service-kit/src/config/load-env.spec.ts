import { z } from 'zod';
import { InvalidEnvironmentError, loadEnv } from './load-env';
import { baseEnvSchema, databaseEnvSchema } from './env-schemas';

const schema = baseEnvSchema.extend(databaseEnvSchema.shape);

describe('loadEnv', () => {
  it('returns typed values with defaults applied', () => {
    const env = loadEnv(schema, {
      PORT: '3001',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
    });
    expect(env).toMatchObject({
      PORT: 3001,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
    });
  });

  it('names a missing variable, and treats an empty one as missing', () => {
    expect(() => loadEnv(schema, { PORT: '3001', DATABASE_URL: '' })).toThrow(
      'DATABASE_URL is missing',
    );
  });

  it('names every malformed variable on one line', () => {
    let error: InvalidEnvironmentError | undefined;
    try {
      loadEnv(schema, { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e as InvalidEnvironmentError;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    expect(error?.problems).toEqual([
      expect.stringMatching(/^PORT is malformed/),
      expect.stringMatching(
        /^DATABASE_URL is malformed \(expected a postgres:\/\/ or postgresql:\/\/ URL\)/,
      ),
    ]);
    expect(error?.message).not.toContain('\n');
  });

  it('rejects a port out of range', () => {
    expect(() =>
      loadEnv(z.object({ PORT: baseEnvSchema.shape.PORT }), { PORT: '70000' }),
    ).toThrow(/PORT is malformed/);
  });
});
