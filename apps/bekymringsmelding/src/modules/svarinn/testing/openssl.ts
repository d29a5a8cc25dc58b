/**
 * Test-only wrapper around the openssl CLI, used as an independent oracle and to make test
 * certificates. Never skips: a missing openssl binary is an error.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function runOpenssl(
  args: string[],
  input?: Buffer,
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const child = execFile(
      'openssl',
      args,
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          reject(
            new Error(
              code === 'ENOENT'
                ? 'The openssl CLI is required by these tests but was not found on PATH'
                : `openssl ${args.join(' ')} failed: ${stderr.toString()}`,
            ),
          );
          return;
        }
        resolve(stdout);
      },
    );
    // openssl may exit without reading stdin (input from -in); its exit status tells what
    // happened, so a broken pipe here is not a failure of its own.
    child.stdin?.on('error', () => undefined);
    if (input) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/** Runs `work` with a fresh temporary directory that is removed afterwards. */
export async function withTempDir<T>(
  work: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'svarinn-test-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface TestCertificateOptions {
  /** openssl -newkey argument, default 'rsa:2048'. */
  newkey?: string;
  /** extra -pkeyopt values, e.g. 'ec_paramgen_curve:P-256'. */
  pkeyopt?: string[];
  /** extra -addext values, e.g. 'keyUsage=critical,digitalSignature'. */
  addext?: string[];
  days?: number;
  subject?: string;
}

/** Self-signed certificate and its PKCS#8 private key, both PEM, valid from now. */
export async function makeCertificate(
  options: TestCertificateOptions = {},
): Promise<{ certificatePem: string; privateKeyPem: string }> {
  return withTempDir(async (dir) => {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    await runOpenssl([
      'req',
      '-x509',
      '-newkey',
      options.newkey ?? 'rsa:2048',
      ...(options.pkeyopt ?? []).flatMap((value) => ['-pkeyopt', value]),
      '-nodes',
      '-sha256',
      '-days',
      String(options.days ?? 2),
      '-subj',
      options.subject ?? '/C=NO/O=Testkommune/CN=SvarInn test',
      ...(options.addext ?? []).flatMap((value) => ['-addext', value]),
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
    return {
      certificatePem: await readFile(certPath, 'utf8'),
      privateKeyPem: await readFile(keyPath, 'utf8'),
    };
  });
}
