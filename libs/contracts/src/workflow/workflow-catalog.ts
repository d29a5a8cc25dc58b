/**
 * What a BPMN model may refer to. A deployed model may only use form keys the SPA can render and
 * topics some service handles; validation rejects anything else before it can strand an instance.
 */
export const formKeys = {
  'halvarsrapport:kontroll': 'Kontroll statsforvalter',
  'halvarsrapport:korriger': 'Korriger halvårsrapport',
  'tilgangssoknad:behandle': 'Behandle tilgangssøknad',
  'bekymringsmelding:motta': 'Motta bekymringsmelding',
} as const;
export type FormKey = keyof typeof formKeys;

/**
 * Set by the workflow when a user task is completed: who completed it (a user id). A later step (the
 * access decision) reads it; a form cannot set it.
 */
export const COMPLETED_BY = 'completedBy';

/** External service task topics, each handled by the service named first in the topic. */
export const externalTaskTopics = {
  'reporting.forward-report': 'Videresend rapport til Bufdir',
  'reporting.return-report': 'Returner rapport til kommunen',
  'identity.notify-report-received':
    'Varsle statsforvalter om innsendt rapport',
  'identity.notify-report-returned': 'Varsle innsender om returnert rapport',
  'identity.notify-access-application-received':
    'Varsle godkjenner om ny tilgangssøknad',
  'identity.record-access-decision': 'Registrer vedtak om tilgang',
  'identity.notify-access-decision': 'Varsle søkeren om vedtaket',
  'bekymringsmelding.alert-kommune': 'Varsle kommunen om ulest melding',
  'bekymringsmelding.dispatch-letter': 'Send melding som brevpost',
  'bekymringsmelding.deliver-svarinn': 'Lever melding til fagsystem (SvarInn)',
  'bekymringsmelding.confirm-receipt': 'Bekreft mottak og slett meldingen',
} as const;
export type ExternalTaskTopic = keyof typeof externalTaskTopics;

/**
 * The process variables a topic's job carries to its handler. Anything not listed stays in the
 * workflow: jobs travel through Redis and logs, and carry as little as the effect needs.
 */
export const externalTaskVariables: Partial<
  Record<ExternalTaskTopic, readonly string[]>
> = {
  'reporting.forward-report': ['reportId'],
  'reporting.return-report': ['reportId', 'returnMessage'],
  'identity.notify-report-received': [
    'reportId',
    'periodId',
    'periodName',
    'reportingUnitId',
    'reportingUnitName',
    'responsibleOfficeId',
    'reportVersion',
  ],
  'identity.notify-report-returned': [
    'reportId',
    'periodId',
    'periodName',
    'reportingUnitId',
    'reportingUnitName',
    'submittedBy',
    'returnMessage',
  ],
  'identity.notify-access-application-received': ['applicationId'],
  'identity.record-access-decision': [
    'applicationId',
    'approved',
    COMPLETED_BY,
  ],
  'identity.notify-access-decision': ['applicationId'],
  'bekymringsmelding.alert-kommune': ['messageId'],
  'bekymringsmelding.dispatch-letter': ['messageId'],
  'bekymringsmelding.deliver-svarinn': ['messageId'],
  'bekymringsmelding.confirm-receipt': ['messageId', COMPLETED_BY],
};

/** The message the bekymringsmelding service correlates when a caseworker confirms a message. */
export const CONCERN_CONFIRMED_MESSAGE = 'bekymringsmelding-bekreftet';

export const isFormKey = (value: string): value is FormKey => value in formKeys;
export const isExternalTaskTopic = (
  value: string,
): value is ExternalTaskTopic => value in externalTaskTopics;
