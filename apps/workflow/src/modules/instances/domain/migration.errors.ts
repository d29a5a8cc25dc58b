import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import type { UnmatchedActivity } from '../commands/migration-plan';

/** A migration may only move an instance between versions of its own definition. */
export class MigrationKeyMismatchError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
  constructor(instanceKey: string, requestedKey: string) {
    super(
      `The instance runs "${instanceKey}"; it cannot be migrated to a version of "${requestedKey}"`,
    );
  }
}

/** The instance is on the target version already: there is nothing to migrate. */
export class AlreadyOnVersionError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  constructor(version: number) {
    super(`The instance runs version ${version} already`);
  }
}

/** The instance waits somewhere the target version has no activity for; `unmatched` lists where. */
export class MigrationRefusedError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  constructor(targetVersion: number, unmatched: UnmatchedActivity[]) {
    const places = unmatched
      .map(
        ({ activityId, name, targetActivityId }) =>
          `"${name}" (${activityId}) has no counterpart ${targetActivityId} in version ${targetVersion}`,
      )
      .join('; ');
    super(
      `The instance cannot be migrated: it waits where version ${targetVersion} cannot take over. ${places}. Map each such activity to one of version ${targetVersion}.`,
      { unmatchedActivities: unmatched },
    );
  }
}
