import type { WorkflowCommand } from '@bvr/contracts';
import { endOfDayInNorway } from './end-of-day-in-norway';

/** The BPMN process a submitted half-year report starts (`bpmn/halvarsrapport.bpmn`). */
export const HALVARSRAPPORT_PROCESS = 'halvarsrapport';
/** The message the waiting instance catches when a returned report is submitted again. */
export const RESUBMITTED_MESSAGE = 'halvarsrapport-sendt-inn-pa-nytt';

export interface SubmittedVersion {
  reportId: string;
  version: number;
  submittedAt: Date;
  /** A user id, or `client:<id>` for a machine client. */
  submittedBy: string;
}

export interface ReportingUnitInfo {
  id: string;
  name: string;
  officeId: string;
  officeName: string;
}

export interface PeriodInfo {
  id: number;
  name: string;
  year: number;
  half: 1 | 2;
  /** "Frist for Statsforvalteren", a date in Norway. */
  statsforvalterDeadline: string;
}

/** Unique per version, and a BullMQ job id (no colons): a command sent twice takes effect once. */
export const commandIdOf = (reportId: string, version: number): string =>
  `report-${reportId}-v${version}`;

/** One process instance per unit and half-year; resubmissions find it by this key. */
export const businessKeyOf = (unitId: string, period: PeriodInfo): string =>
  `halvarsrapport-${unitId}-${period.year}-${period.half}`;

/**
 * What the workflow is asked to do for a submitted version: start the control process for the first
 * submission, or tell the waiting instance that a returned report came back. Ids and names only: no
 * report values travel on the queue.
 */
export function halvarsrapportCommand(
  submitted: SubmittedVersion,
  unit: ReportingUnitInfo,
  period: PeriodInfo,
): WorkflowCommand {
  const common = {
    commandId: commandIdOf(submitted.reportId, submitted.version),
    businessKey: businessKeyOf(unit.id, period),
    requestedBy: submitted.submittedBy,
  };
  const when = {
    reportVersion: submitted.version,
    submittedAt: submitted.submittedAt.toISOString(),
    submittedBy: submitted.submittedBy,
  };
  if (submitted.version > 1)
    return {
      command: 'correlate',
      messageName: RESUBMITTED_MESSAGE,
      ...common,
      variables: when,
    };
  return {
    command: 'start',
    definitionKey: HALVARSRAPPORT_PROCESS,
    ...common,
    variables: {
      reportId: submitted.reportId,
      periodId: period.id,
      periodName: period.name,
      reference: `${unit.id} ${period.name}`,
      reportingUnitId: unit.id,
      reportingUnitName: unit.name,
      responsibleOfficeId: unit.officeId,
      responsibleOfficeName: unit.officeName,
      ...when,
      controlDueAt: endOfDayInNorway(period.statsforvalterDeadline),
    },
  };
}
