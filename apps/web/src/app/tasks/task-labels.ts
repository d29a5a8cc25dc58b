import type { FormKey } from '@bvr/contracts';
import type { TaskStatus, TaskSummary } from './task';

export const STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  open: 'Åpen',
  completed: 'Fullført',
  cancelled: 'Avbrutt',
};

/**
 * The user tasks the BPMN models may name (the form keys of `@bvr/contracts`), with the task's name
 * as the «Oppgave» filter matches it, and whether the SPA has a form for it yet. A type-only import
 * keeps zod out of this page; `Record<FormKey, …>` makes the compiler name a key missing here.
 */
export const TASK_FORMS: Readonly<
  Record<FormKey, { readonly name: string; readonly hasView: boolean }>
> = {
  'halvarsrapport:kontroll': {
    name: 'Kontroll statsforvalter',
    hasView: false,
  },
  'halvarsrapport:korriger': {
    name: 'Korriger halvårsrapport',
    hasView: false,
  },
  'tilgangssoknad:behandle': {
    name: 'Godkjenne rapporttilgang',
    hasView: false,
  },
  'bekymringsmelding:motta': {
    name: 'Motta bekymringsmelding',
    hasView: false,
  },
};

export const TASK_NAMES: readonly string[] = Object.values(TASK_FORMS)
  .map((form) => form.name)
  .sort((a, b) => a.localeCompare(b, 'nb'));

export function hasFormView(formKey: string | null): boolean {
  return !!formKey && Object.hasOwn(TASK_FORMS, formKey)
    ? TASK_FORMS[formKey as FormKey].hasView
    : false;
}

// Norwegian dates in Norwegian time, whatever the browser's zone: "07.11.2016".
const DATE = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});
const DATE_TIME = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** dd.mm.yyyy, or "" for no date. */
export function formatDate(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE.format(date) : '';
}

/** dd.mm.yyyy, hh:mm, or "" for no date. */
export function formatDateTime(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE_TIME.format(date) : '';
}

/** An open task whose deadline has passed. */
export function isOverdue(task: TaskSummary, now: number): boolean {
  return (
    task.status === 'open' &&
    !!task.dueAt &&
    new Date(task.dueAt).getTime() < now
  );
}

/** The first block of the UUID: enough to tell tasks apart on screen and on the phone. */
export const shortId = (id: string): string => id.slice(0, 8);

/** "Bergen (4601)", or the number alone when the name is unknown. */
export function unitLabel(
  unit: { id: string; name: string | null } | null,
): string {
  if (!unit) return '';
  return unit.name ? `${unit.name} (${unit.id})` : unit.id;
}
