/**
 * The inbox columns of a task are read from its instance's variables by name, so any process that
 * sets them (`reference`, `reportingUnitId`, `reportingUnitName`, `responsibleOfficeId`,
 * `responsibleOfficeName`, `submittedAt`) gets a filterable, sortable inbox for free.
 */
export function inboxColumns(
  variables: Record<string, unknown>,
  businessKey: string | null,
) {
  const text = (key: string) => {
    const value = variables[key];
    return typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : null;
  };
  const submittedAt = text('submittedAt');
  const parsed = submittedAt ? new Date(submittedAt) : null;
  return {
    reference: text('reference') ?? businessKey,
    reportingUnitId: text('reportingUnitId'),
    reportingUnitName: text('reportingUnitName'),
    responsibleOfficeId: text('responsibleOfficeId'),
    responsibleOfficeName: text('responsibleOfficeName'),
    submittedAt: parsed && !Number.isNaN(parsed.getTime()) ? parsed : null,
  };
}
