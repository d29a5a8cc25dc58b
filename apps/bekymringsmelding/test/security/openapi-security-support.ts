import {
  rowCounts as serviceRowCounts,
  type RawReply,
} from '@bvr/service-kit/testing';
import type { DataSource } from 'typeorm';
import type { ConcernWorld, TestCaller } from '../support/concern-test-app';

export {
  fillPath,
  openApiOperations,
  type Operation,
  type RawReply,
} from '@bvr/service-kit/testing';

/**
 * Raw requests to the bekymringsmelding app, answered as `rawClient` of `@bvr/service-kit/testing`
 * answers. The world keeps its token keys to itself, so the requests go through `world.call`, which
 * signs them and sends a raw body as it is.
 */
export function rawClient(world: ConcernWorld) {
  return async (
    method: string,
    path: string,
    caller: TestCaller | null,
    body?: string,
  ): Promise<RawReply> => {
    const reply = await world.call(method, path, caller, undefined, body);
    return {
      status: reply.status,
      body: reply.body ?? undefined,
      text: reply.bytes.toString('utf8'),
    };
  };
}

export function rowCounts(dataSource: DataSource) {
  return serviceRowCounts(dataSource, 'bekymringsmelding');
}
