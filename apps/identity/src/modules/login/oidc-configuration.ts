import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { IdentityConfig } from '../../config/env';

/** Endpoints identity calls itself; the rest (authorization, end-session) are for the browser. */
const SERVER_TO_SERVER = [
  'token_endpoint',
  'jwks_uri',
  'userinfo_endpoint',
] as const;

/**
 * The provider's metadata and our client registration, discovered once and kept (ID-porten
 * recommends caching discovery for about a day; a restart re-reads it). Discovery is retried on
 * the next login when the provider was not reachable.
 */
@Injectable()
export class OidcConfiguration {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(private readonly config: IdentityConfig) {}

  get(): Promise<client.Configuration> {
    this.discovered ??= this.discover().catch((error) => {
      this.discovered = null;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<client.Configuration> {
    const { env } = this.config;
    const issuer = new URL(env.OIDC_ISSUER);
    const auth = client.ClientSecretBasic(env.OIDC_CLIENT_SECRET);
    const configuration = env.OIDC_INTERNAL_URL
      ? await this.discoverInternally(new URL(env.OIDC_INTERNAL_URL), auth)
      : await client.discovery(
          issuer,
          env.OIDC_CLIENT_ID,
          env.OIDC_CLIENT_SECRET,
          auth,
          // dev-idporten runs on plain http; ID-porten itself is https.
          issuer.protocol === 'http:'
            ? { execute: [client.allowInsecureRequests] }
            : undefined,
        );
    return configuration;
  }

  private async discoverInternally(
    internal: URL,
    auth: client.ClientAuth,
  ): Promise<client.Configuration> {
    const { env } = this.config;
    const response = await fetch(
      new URL('.well-known/openid-configuration', withSlash(internal)),
    );
    if (!response.ok)
      throw new Error(
        `discovery at ${internal.href} answered ${response.status}`,
      );
    const metadata = (await response.json()) as Record<string, unknown> &
      client.ServerMetadata;
    if (metadata.issuer !== env.OIDC_ISSUER.replace(/\/$/, ''))
      throw new Error(
        `the provider's issuer is ${metadata.issuer}, not ${env.OIDC_ISSUER}`,
      );
    for (const endpoint of SERVER_TO_SERVER) {
      const value = metadata[endpoint];
      if (typeof value === 'string')
        (metadata as Record<string, unknown>)[endpoint] = new URL(
          new URL(value).pathname,
          internal.origin,
        ).href;
    }
    const configuration = new client.Configuration(
      metadata,
      env.OIDC_CLIENT_ID,
      env.OIDC_CLIENT_SECRET,
      auth,
    );
    if (internal.protocol === 'http:')
      client.allowInsecureRequests(configuration);
    return configuration;
  }
}

const withSlash = (url: URL) =>
  url.href.endsWith('/') ? url.href : `${url.href}/`;
