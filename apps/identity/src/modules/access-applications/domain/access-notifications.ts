import type { NotificationRequest } from '../../notifications/domain/report-notifications';
import { checkedRequest } from '../../notifications/domain/report-notifications';
import type { AccessApplicationEntity } from '../persistence/access-application.orm-entity';

/** The approvers hear of a new application: the office's caseworkers, or Bufdir. */
export function applicationReceivedNotification(
  application: AccessApplicationEntity,
): NotificationRequest {
  return checkedRequest({
    audience: application.officeId
      ? { kind: 'office', officeId: application.officeId }
      : { kind: 'bufdir' },
    template: 'access-application-received',
    params: {
      applicantName: application.applicantName,
      represents: application.represents,
      path: '/oppgaver',
    },
  });
}

/** The applicant hears the decision, either way. */
export function decisionNotification(
  application: AccessApplicationEntity,
): NotificationRequest {
  return checkedRequest({
    audience: { kind: 'user', userId: application.userId },
    template: 'access-decision',
    params: {
      approved: application.status === 'approved' ? 'ja' : 'nei',
      represents: application.represents,
      path: '/utrapportering',
    },
  });
}
