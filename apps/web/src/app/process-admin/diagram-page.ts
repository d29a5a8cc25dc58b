import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { combineLatest, distinctUntilChanged, map } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { pageTitle } from '../core/navigation/page-title';
import { InboxPagination } from '../tasks/inbox-pagination';
import { latestAnswer } from '../tasks/latest-answer';
import { shownRange } from '../ui/sorted-pages';
import { BpmnDiagram, type DiagramContents } from './bpmn-diagram';
import { latestText } from './latest-text';
import {
  activityCountsUrl,
  DEFINITIONS_URL,
  definitionXmlUrl,
  INSTANCES_URL,
  type InstancePage,
  type ProcessDefinition,
  toActivityCounts,
  toDefinitions,
  toInstancePage,
  waitingInstancesParams,
} from './process-api';
import {
  activityName,
  activityRows,
  parsePage,
  parseVersion,
} from './process-diagram';
import {
  diagramLabel,
  diagramLink,
  formatDateTime,
  incidentLabel,
  instanceLink,
  PROCESS_ADMIN_PATH,
  processName,
  shortId,
  waitingLabel,
} from './process-labels';

/** How often the counts on the diagram are fetched again while the page is open and visible. */
const COUNTS_REFRESH_MS = 10_000;

interface DiagramQuery {
  readonly key: string;
  readonly version: number;
  readonly activityId: string | null;
  readonly page: number;
}

const sameQuery = (a: DiagramQuery, b: DiagramQuery): boolean =>
  a.key === b.key &&
  a.version === b.version &&
  a.activityId === b.activityId &&
  a.page === b.page;

/**
 * One version of a process, drawn with bpmn-js, with the number of instances waiting at each
 * activity and their incidents (Cockpit). The activity, from the canvas or the list beside it, and
 * the page of its instances are in the URL (`?aktivitet=…&page=…`).
 */
@Component({
  selector: 'app-diagram-page',
  imports: [RouterLink, BpmnDiagram, InboxPagination],
  templateUrl: './diagram-page.html',
  styleUrl: './process-admin.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagramPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly instancesHeading =
    viewChild<ElementRef<HTMLElement>>('instancesHeading');
  private readonly queries = combineLatest([
    this.route.paramMap,
    this.route.queryParamMap,
  ]).pipe(
    map(
      ([params, query]): DiagramQuery => ({
        key: params.get('key') ?? '',
        version: parseVersion(params.get('version')) ?? 1,
        activityId: query.get('aktivitet') || null,
        page: parsePage(query.get('page')),
      }),
    ),
    distinctUntilChanged(sameQuery),
  );
  private readonly versions = this.queries.pipe(
    map(({ key, version }) => ({ key, version })),
    distinctUntilChanged((a, b) => a.key === b.key && a.version === b.version),
  );
  /** Set by a click on an activity: focus moves to its instances once they have loaded. */
  private focusOnActivity: string | null = null;

  protected readonly query = toSignal(this.queries, { requireSync: true });
  protected readonly definitions = latestAnswer(
    this.versions.pipe(map(() => ({ url: DEFINITIONS_URL }))),
    toDefinitions,
    (definitions) => this.setTitle(definitions),
  );
  protected readonly xml = latestText(
    this.versions.pipe(
      map(({ key, version }) => definitionXmlUrl(key, version)),
    ),
  );
  protected readonly counts = latestAnswer(
    this.versions.pipe(
      map(({ key, version }) => ({ url: activityCountsUrl(key, version) })),
    ),
    toActivityCounts,
  );
  protected readonly instances = latestAnswer<InstancePage>(
    this.queries.pipe(
      map(({ key, version, activityId, page }) =>
        activityId
          ? {
              url: INSTANCES_URL,
              params: waitingInstancesParams(key, version, activityId, page),
            }
          : null,
      ),
    ),
    toInstancePage,
    () => this.focusIfChosen(),
  );

  protected readonly contents = signal<DiagramContents | null>(null);
  protected readonly drawError = signal<string | null>(null);

  protected readonly definition = computed<ProcessDefinition | null>(
    () =>
      this.definitions
        .value()
        ?.find((definition) => definition.key === this.query().key) ?? null,
  );
  protected readonly name = computed(() => {
    const definition = this.definition();
    return definition ? processName(definition) : this.query().key;
  });
  protected readonly otherVersions = computed(() =>
    (this.definition()?.versions ?? [])
      .filter((version) => version.version !== this.query().version)
      .map((version) => ({
        version: version.version,
        path: diagramLink(this.query().key, version.version),
      })),
  );
  protected readonly elements = computed(() => this.contents()?.elements ?? []);
  protected readonly rows = computed(() =>
    activityRows(this.elements(), this.counts.value() ?? []).map((row) => ({
      ...row,
      waitingText: waitingLabel(row.waiting),
      incidentText: incidentLabel(row.incidents),
    })),
  );
  protected readonly label = computed(() =>
    diagramLabel(this.name(), this.query().version, this.elements().length),
  );
  protected readonly selectedName = computed(() => {
    const id = this.query().activityId;
    return id ? activityName(this.elements(), id) : null;
  });
  protected readonly xmlError = computed(() => {
    const error = this.xml.error();
    return error ? errorMessageOf(error) : null;
  });
  protected readonly countsError = computed(() =>
    this.counts.error() ? errorMessageOf(this.counts.error()) : null,
  );
  protected readonly instancesError = computed(() =>
    this.instances.error() ? errorMessageOf(this.instances.error()) : null,
  );
  protected readonly instanceRows = computed(() =>
    (this.instances.value()?.items ?? []).map((instance) => ({
      instance,
      path: instanceLink(instance.id),
      shortId: shortId(instance.id),
      started: formatDateTime(instance.startedAt),
    })),
  );
  protected readonly instancesStatus = computed(() => {
    if (!this.query().activityId) return '';
    if (this.instances.loading()) return 'Henter instanser …';
    const page = this.instances.value();
    if (this.instancesError() || !page) return '';
    if (page.total === 0) return 'Ingen instanser venter her nå.';
    return shownRange(page, page.total === 1 ? 'instans' : 'instanser');
  });
  protected readonly listPath = PROCESS_ADMIN_PATH;

  constructor() {
    // Live counts, as in Cockpit: the last answer stays on screen while the next one loads.
    const refresh = setInterval(() => {
      if (document.visibilityState === 'visible') this.counts.reload();
    }, COUNTS_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(refresh));
  }

  protected drawn(contents: DiagramContents): void {
    this.drawError.set(null);
    this.contents.set(contents);
  }

  protected drawFailed(): void {
    this.drawError.set(
      'Diagrammet kunne ikke tegnes. Listen over aktiviteter viser tallene likevel.',
    );
  }

  /** From the canvas or a badge: list the instances waiting there. */
  protected selectActivity(activityId: string): void {
    this.focusOnActivity = activityId;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { aktivitet: activityId, page: null },
      queryParamsHandling: 'merge',
    });
  }

  /** From the list's links, which navigate by themselves. */
  protected activityChosen(activityId: string): void {
    this.focusOnActivity = activityId;
  }

  protected pageChosen(): void {
    this.focusOnActivity = this.query().activityId;
  }

  private focusIfChosen(): void {
    if (!this.focusOnActivity) return;
    this.focusOnActivity = null;
    // After the answer is rendered: the heading exists once an activity is chosen.
    queueMicrotask(() => this.instancesHeading()?.nativeElement.focus());
  }

  private setTitle(definitions: readonly ProcessDefinition[]): void {
    const { key, version } = this.query();
    const definition = definitions.find((item) => item.key === key);
    const name = definition ? processName(definition) : key;
    this.title.setTitle(pageTitle(`${name}, versjon ${version}`));
  }
}
