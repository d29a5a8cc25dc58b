import {
  rawClient as rawServiceClient,
  rowCounts as serviceRowCounts,
} from '@bvr/service-kit/testing';
import type { DataSource } from 'typeorm';
import type { ReportingTestApp } from '../support/reporting-test-app';
import type { TestCaller } from '../support/test-callers';

export {
  fillPath,
  openApiOperations,
  type Operation,
  type RawReply,
} from '@bvr/service-kit/testing';

/** Raw requests to the reporting app, as a test caller with a token signed by the test keys. */
export function rawClient(api: ReportingTestApp) {
  return rawServiceClient(api.app, (caller: TestCaller) =>
    api.tokens.bearer({
      audience: 'reporting',
      sub: caller.id,
      grants: caller.grants,
      kind: caller.kind,
    }),
  );
}

export function rowCounts(dataSource: DataSource) {
  return serviceRowCounts(dataSource, 'reporting');
}
