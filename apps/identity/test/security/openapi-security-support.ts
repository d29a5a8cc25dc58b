import { fodselsnummerProblem } from '@bvr/contracts';
import {
  rawClient as rawServiceClient,
  rowCounts as serviceRowCounts,
} from '@bvr/service-kit/testing';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import {
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { IdentityTestApp } from '../support/identity-test-app';

export {
  fillPath,
  openApiOperations,
  type Operation,
  type RawReply,
} from '@bvr/service-kit/testing';

/** Raw requests to the identity app, as a test caller with a token signed by the test keys. */
export function rawClient(identity: IdentityTestApp) {
  return rawServiceClient(identity.app, identity.bearer);
}

export function rowCounts(identity: IdentityTestApp) {
  return serviceRowCounts(identity.app.get(DataSource), 'identity');
}

let nextPerson = 100;

/** A fresh synthetic fødselsnummer (month + 80), with valid check digits. */
export function syntheticPid(): string {
  for (;;) {
    const person = String(nextPerson++).padStart(3, '0');
    const base = `0${1 + (nextPerson % 9)}8${1 + (nextPerson % 9)}90${person}`;
    for (let check = 0; check < 100; check++) {
      const pid = base + String(check).padStart(2, '0');
      if (fodselsnummerProblem(pid) === undefined) return pid;
    }
  }
}

/**
 * `METHOD path` of every handler that reads its query string (`@Query()`), the browser login's
 * routes too, which the OpenAPI document leaves out.
 */
export function queryOperationKeys(app: INestApplication): string[] {
  return operationKeysTaking(app, RouteParamtypes.QUERY);
}

function operationKeysTaking(
  app: INestApplication,
  parameter: RouteParamtypes,
): string[] {
  const keys: string[] = [];
  for (const module of app.get(ModulesContainer).values())
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler);
        if (method === undefined) continue;
        const args = Reflect.getMetadata(
          ROUTE_ARGS_METADATA,
          metatype,
          name,
        ) as Record<string, unknown> | undefined;
        const takes = Object.keys(args ?? {}).some((key) =>
          key.startsWith(`${parameter}:`),
        );
        if (!takes) continue;
        const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler))]
          .flatMap((part) => part.split('/'))
          .filter(Boolean)
          .map((part) => part.replace(/^:(\w+)$/, '{$1}'))
          .join('/');
        keys.push(`${RequestMethod[method]} /${path}`);
      }
    }
  return keys;
}
