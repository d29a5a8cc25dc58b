import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { BehaviorSubject, firstValueFrom, map, of } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { pageTitle } from '../core/navigation/page-title';
import { latestAnswer } from '../tasks/latest-answer';
import { BpmnDiagram, type DiagramContents } from './bpmn-diagram';
import { CancelInstanceDialog } from './cancel-instance-dialog';
import { MigrateInstanceForm } from './migrate-instance-form';
import { latestText } from './latest-text';
import {
  DEFINITIONS_URL,
  definitionXmlUrl,
  type InstanceDetails,
  instanceUrl,
  retryIncidentUrl,
  toDefinitions,
  toInstanceDetails,
} from './process-api';
import { activityName, instancePath, openIncidents } from './process-diagram';
import {
  diagramLink,
  elementTypeLabel,
  formatDateTime,
  formatTimestamp,
  historyEventLabel,
  instanceStatusLabel,
  pathLabel,
  PROCESS_ADMIN_PATH,
  processName,
  shortId,
  taskStatusLabel,
  variableText,
} from './process-labels';

/**
 * One process instance (Cockpit's instance view): its path on its own version's diagram, what it
 * waits for, its variables, tasks and history, open incidents with «Prøv igjen», and «Avbryt
 * instans» with a reason.
 */
@Component({
  selector: 'app-instance-page',
  imports: [RouterLink, BpmnDiagram, CancelInstanceDialog, MigrateInstanceForm],
  templateUrl: './instance-page.html',
  styleUrl: './process-admin.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstancePage {
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private readonly title = inject(Title);
  private readonly notice = viewChild<ElementRef<HTMLElement>>('notice');
  private readonly xmlUrls = new BehaviorSubject<string | null>(null);

  protected readonly instance = latestAnswer<InstanceDetails>(
    this.route.paramMap.pipe(
      map((params) => ({ url: instanceUrl(params.get('id') ?? '') })),
    ),
    toInstanceDetails,
    (instance) => this.loaded(instance),
  );
  protected readonly definitions = latestAnswer(
    of({ url: DEFINITIONS_URL }),
    toDefinitions,
  );
  protected readonly xml = latestText(this.xmlUrls);
  protected readonly contents = signal<DiagramContents | null>(null);
  protected readonly drawError = signal(false);
  /** What the last action did, or why it failed; announced, and focused after the action. */
  protected readonly message = signal<{
    readonly text: string;
    readonly failed: boolean;
  } | null>(null);
  /** The incident being retried. */
  protected readonly retrying = signal<string | null>(null);

  protected readonly error = computed(() => {
    const error = this.instance.error();
    return error ? errorMessageOf(error) : null;
  });
  /** The instance's process, with its versions (newest first). */
  private readonly definition = computed(() => {
    const key = this.instance.value()?.definitionKey;
    return this.definitions.value()?.find((item) => item.key === key) ?? null;
  });
  protected readonly name = computed(() => {
    const definition = this.definition();
    return definition
      ? processName(definition)
      : (this.instance.value()?.definitionKey ?? '');
  });
  protected readonly elements = computed(() => this.contents()?.elements ?? []);
  protected readonly nameOf = (id: string | null): string =>
    id ? activityName(this.elements(), id) : '';
  protected readonly path = computed(() => {
    const instance = this.instance.value();
    return instance
      ? instancePath(
          instance.history,
          instance.currentActivities,
          instance.incidents,
          this.contents()?.flows ?? [],
        )
      : null;
  });
  protected readonly current = computed(() =>
    (this.instance.value()?.currentActivities ?? []).map(
      (activity) => activity.name ?? this.nameOf(activity.id),
    ),
  );
  protected readonly label = computed(() => {
    const instance = this.instance.value();
    return instance
      ? pathLabel(this.name(), instance.version ?? 0, this.current())
      : '';
  });
  protected readonly facts = computed(() => {
    const instance = this.instance.value();
    if (!instance) return null;
    return {
      status: instanceStatusLabel(instance.status),
      started: formatDateTime(instance.startedAt),
      ended: formatDateTime(instance.endedAt),
      diagram:
        instance.version === null
          ? null
          : diagramLink(instance.definitionKey, instance.version),
    };
  });
  protected readonly incidents = computed(() =>
    openIncidents(this.instance.value()?.incidents ?? []).map((incident) => ({
      incident,
      activity: this.nameOf(incident.activityId),
      created: formatDateTime(incident.createdAt),
    })),
  );
  protected readonly variables = computed(() =>
    Object.entries(this.instance.value()?.variables ?? {})
      .sort(([a], [b]) => a.localeCompare(b, 'nb'))
      .map(([name, value]) => ({ name, value: variableText(value) })),
  );
  protected readonly tasks = computed(() =>
    (this.instance.value()?.tasks ?? []).map((task) => ({
      task,
      status: taskStatusLabel(task.status),
      created: formatDateTime(task.createdAt),
      completed: formatDateTime(task.completedAt),
    })),
  );
  protected readonly history = computed(() =>
    (this.instance.value()?.history ?? []).map((event) => ({
      event,
      at: formatTimestamp(event.at),
      label: historyEventLabel(event.type),
      activity: event.activityName ?? this.nameOf(event.activityId),
      type: elementTypeLabel(event.activityType),
    })),
  );
  protected readonly running = computed(
    () => this.instance.value()?.status === 'running',
  );
  /** The versions a running instance may be migrated to: the others of its process, newest first. */
  protected readonly otherVersions = computed(() =>
    (this.definition()?.versions ?? [])
      .map((version) => version.version)
      .filter((version) => version !== this.instance.value()?.version),
  );
  protected readonly shortId = computed(() =>
    shortId(this.instance.value()?.id ?? ''),
  );
  protected readonly listPath = PROCESS_ADMIN_PATH;

  protected drawn(contents: DiagramContents): void {
    this.drawError.set(false);
    this.contents.set(contents);
  }

  protected async retry(incidentId: string): Promise<void> {
    if (this.retrying()) return;
    this.retrying.set(incidentId);
    try {
      await firstValueFrom(this.http.post(retryIncidentUrl(incidentId), {}));
      this.tell('Jobben er sendt til behandling igjen.', false);
      this.instance.reload();
    } catch (error) {
      this.tell(errorMessageOf(error), true);
    } finally {
      this.retrying.set(null);
    }
  }

  protected migrated(version: number): void {
    this.tell(`Instansen er flyttet til versjon ${version}.`, false);
    this.instance.reload();
  }

  protected cancelled(): void {
    this.tell('Instansen er avbrutt.', false);
    this.instance.reload();
  }

  private tell(text: string, failed: boolean): void {
    this.message.set({ text, failed });
    queueMicrotask(() => this.notice()?.nativeElement.focus());
  }

  private loaded(instance: InstanceDetails): void {
    this.title.setTitle(
      pageTitle(`${instance.definitionKey}, instans ${shortId(instance.id)}`),
    );
    if (instance.version !== null)
      this.xmlUrls.next(
        definitionXmlUrl(instance.definitionKey, instance.version),
      );
  }
}
