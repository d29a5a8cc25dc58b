import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  CSP_NONCE,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { externalTaskTopics, formKeys } from '@bvr/contracts';
import type { Subscription } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import { pageTitle } from '../core/navigation/page-title';
import type { LeavesSafely } from '../reports/unsaved-report.guard';
import type { ProcessModeler } from './bpmn-modeler';
import { diffModels, summarizeModel } from './model-diff';
import { ProcessEditorApi } from './process-editor-api';
import {
  checkUploadFile,
  checkUploadText,
  type DefinitionVersion,
  downloadFileName,
  groupProblems,
  latestVersion,
  type ModelProblem,
  problemCount,
  publishedMessage,
  unwritableModelProblem,
  versionLink,
} from './process-editor-rules';
import { PublishDialog, type PublishEvent } from './publish-dialog';

/** How long edits must pause before the model is checked again. */
const VALIDATE_AFTER_MS = 600;

/** The deployed version the editor started from (and the diff compares against). */
interface Baseline {
  readonly key: string;
  readonly version: DefinitionVersion;
  readonly xml: string;
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly message: string };

type CheckState = 'idle' | 'checking' | 'done' | 'failed';

/**
 * «Rediger prosess»: the BPMN modeler with the Camunda 7 properties panel, a live problem list from
 * the workflow service's validation, and «Publiser ny versjon» with a change note and a diff. The
 * modeler and its style sheets load with `import()` once the page is shown.
 */
@Component({
  selector: 'app-process-editor-page',
  imports: [RouterLink, PublishDialog],
  templateUrl: './process-editor-page.html',
  styleUrl: './process-editor-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
})
export class ProcessEditorPage implements LeavesSafely {
  private readonly api = inject(ProcessEditorApi);
  private readonly title = inject(Title);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly nonce = inject(CSP_NONCE, { optional: true });
  private readonly canvasHost =
    viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly propertiesHost =
    viewChild.required<ElementRef<HTMLElement>>('properties');
  private readonly fileInput =
    viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private readonly publishDialog = viewChild.required(PublishDialog);
  private readonly publishedAlert =
    viewChild<ElementRef<HTMLElement>>('publishedAlert');

  private modeler: ProcessModeler | null = null;
  private baseline: Baseline | null = null;
  private importing = false;
  private destroyed = false;
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private validationRun = 0;
  private loadRun = 0;
  private params: Subscription | null = null;

  /** The key in the address; null on «Ny prosess». */
  protected readonly key = signal<string | null>(null);
  protected readonly state = signal<LoadState>({ status: 'loading' });
  protected readonly modelerReady = signal(false);
  protected readonly definitionName = signal<string | null>(null);
  protected readonly baseVersion = signal<DefinitionVersion | null>(null);
  protected readonly importError = signal<string | null>(null);
  protected readonly importWarnings = signal<readonly string[]>([]);
  protected readonly fileError = signal<string | null>(null);
  protected readonly check = signal<CheckState>('idle');
  protected readonly problems = signal<readonly ModelProblem[]>([]);
  protected readonly published = signal<{
    readonly key: string;
    readonly version: number;
  } | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly preparing = signal(false);
  protected readonly dirty = signal(false);

  protected readonly loadFailure = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.message : null;
  });
  protected readonly groups = computed(() => {
    const modeler = this.modelerReady() ? this.modeler : null;
    return groupProblems(
      this.problems(),
      (id) => modeler?.describe(id) ?? null,
    );
  });
  protected readonly heading = computed(() => {
    const key = this.key();
    if (key === null) return 'Ny prosess';
    return `Rediger prosess ${this.definitionName() ?? key}`;
  });
  protected readonly formKeyList = Object.entries(formKeys);
  protected readonly topicList = Object.entries(externalTaskTopics);
  protected readonly problemCount = problemCount;
  protected readonly publishedMessage = publishedMessage;
  protected readonly versionLink = versionLink;

  constructor() {
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.validateTimer);
      this.params?.unsubscribe();
      this.modeler?.destroy();
      this.modeler = null;
    });
    afterNextRender(() => void this.start());
  }

  /** Leaving inside the app with changes that are not published: ask first. */
  canLeave(): boolean {
    return (
      !this.dirty() ||
      (this.document.defaultView?.confirm(
        'Endringene i modellen er ikke publisert, og blir borte hvis du går. Vil du gå likevel? Velg «Avbryt» og «Last ned XML» for å ta vare på dem.',
      ) ??
        true)
    );
  }

  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) event.preventDefault();
  }

  private async start(): Promise<void> {
    let modules: [
      typeof import('./bpmn-modeler'),
      typeof import('./bpmn-styles'),
    ];
    try {
      modules = await Promise.all([
        import('./bpmn-modeler'),
        import('./bpmn-styles'),
      ]);
    } catch (error) {
      this.state.set({
        status: 'failed',
        message: `Vi kunne ikke laste inn redigeringsverktøyet. ${errorMessageOf(error)}`,
      });
      return;
    }
    if (this.destroyed) return;
    const [{ ProcessModeler }, { installEditorStyles }] = modules;
    installEditorStyles(this.document, this.nonce);
    const modeler = new ProcessModeler(
      this.canvasHost().nativeElement,
      this.propertiesHost().nativeElement,
    );
    this.modeler = modeler;
    modeler.onChange(() => {
      if (this.importing) return;
      this.dirty.set(true);
      this.published.set(null);
      this.notice.set(null);
      this.scheduleCheck(VALIDATE_AFTER_MS);
    });
    this.modelerReady.set(true);
    this.params = this.route.paramMap.subscribe(
      (params) => void this.load(params.get('key')),
    );
  }

  private async load(key: string | null): Promise<void> {
    const modeler = this.modeler;
    if (!modeler) return;
    const run = ++this.loadRun;
    this.key.set(key);
    this.state.set({ status: 'loading' });
    this.baseline = null;
    this.baseVersion.set(null);
    this.definitionName.set(null);
    this.importError.set(null);
    this.importWarnings.set([]);
    this.fileError.set(null);
    this.published.set(null);
    this.notice.set(null);
    this.problems.set([]);
    this.title.setTitle(
      pageTitle(key === null ? 'Ny prosess' : 'Rediger prosess'),
    );
    if (key === null) {
      const { EMPTY_DIAGRAM } = await import('./bpmn-modeler');
      await this.show(EMPTY_DIAGRAM, false);
      if (run === this.loadRun) this.state.set({ status: 'ready' });
      return;
    }
    try {
      const definitions = await this.api.definitions();
      const definition = definitions.find((item) => item.key === key);
      const latest = latestVersion(definitions, key);
      if (!definition || !latest) {
        if (run === this.loadRun)
          this.state.set({
            status: 'failed',
            message: `Vi fant ingen publisert prosess med nøkkelen «${key}». Lenken kan være feil.`,
          });
        return;
      }
      const xml = await this.api.xml(key, latest.version);
      if (run !== this.loadRun) return;
      this.baseline = { key, version: latest, xml };
      this.baseVersion.set(latest);
      this.definitionName.set(definition.name);
      this.title.setTitle(
        pageTitle(`Rediger prosess ${definition.name ?? key}`),
      );
      await this.show(xml, false);
      if (run === this.loadRun) this.state.set({ status: 'ready' });
    } catch (error) {
      if (run === this.loadRun)
        this.state.set({ status: 'failed', message: errorMessageOf(error) });
    }
  }

  /** Imports into the modeler; on failure the last good diagram stays and the error is shown. */
  private async show(xml: string, changed: boolean): Promise<boolean> {
    const modeler = this.modeler;
    if (!modeler) return false;
    this.importing = true;
    const outcome = await modeler.importXml(xml).finally(() => {
      this.importing = false;
    });
    this.importWarnings.set(outcome.warnings);
    if (!outcome.ok) {
      this.importError.set(outcome.error);
      return false;
    }
    this.importError.set(null);
    this.dirty.set(changed);
    this.scheduleCheck(0);
    return true;
  }

  private scheduleCheck(delay: number): void {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => void this.validate(), delay);
  }

  /** Asks the workflow service what blocks deployment. A failure is shown calmly and retried on the next change. */
  private async validate(): Promise<void> {
    const modeler = this.modeler;
    if (!modeler) return;
    const run = ++this.validationRun;
    this.check.set('checking');
    let xml: string;
    try {
      xml = await modeler.xml();
    } catch (error) {
      if (run !== this.validationRun || this.destroyed) return;
      this.setProblems([unwritableModelProblem(error)]);
      this.check.set('done');
      return;
    }
    try {
      const result = await this.api.validate(xml);
      if (run !== this.validationRun || this.destroyed) return;
      this.setProblems(result.problems);
      this.check.set('done');
    } catch {
      if (run === this.validationRun) this.check.set('failed');
    }
  }

  private setProblems(problems: readonly ModelProblem[]): void {
    this.problems.set(problems);
    const counts = new Map<string, number>();
    for (const problem of problems)
      if (problem.elementId !== null)
        counts.set(problem.elementId, (counts.get(problem.elementId) ?? 0) + 1);
    this.modeler?.markProblems(counts);
  }

  protected retryCheck(): void {
    this.scheduleCheck(0);
  }

  protected selectElement(elementId: string, label: string): void {
    if (this.modeler?.select(elementId))
      this.announcement.set(
        `${label} er valgt i diagrammet. Egenskapene vises i egenskapspanelet.`,
      );
  }

  protected async download(): Promise<void> {
    const modeler = this.modeler;
    const window = this.document.defaultView;
    if (!modeler || !window) return;
    let xml: string;
    try {
      xml = await modeler.xml();
    } catch {
      this.fileError.set('Vi kunne ikke lage XML av diagrammet.');
      return;
    }
    const url = window.URL.createObjectURL(
      new Blob([xml], { type: 'application/xml' }),
    );
    const link = this.document.createElement('a');
    link.href = url;
    link.download = downloadFileName(modeler.processKey() ?? this.key());
    link.click();
    window.setTimeout(() => window.URL.revokeObjectURL(url), 0);
  }

  protected chooseFile(): void {
    this.fileInput().nativeElement.click();
  }

  protected async fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.modeler) return;
    this.fileError.set(null);
    const fileProblem = checkUploadFile(file);
    if (fileProblem) {
      this.fileError.set(fileProblem);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.fileError.set('Vi kunne ikke lese filen. Prøv igjen.');
      return;
    }
    const textProblem = checkUploadText(text);
    if (textProblem) {
      this.fileError.set(textProblem);
      return;
    }
    if (
      this.dirty() &&
      this.document.defaultView?.confirm(
        'Filen erstatter diagrammet som er åpent, også endringer som ikke er publisert. Vil du fortsette?',
      ) === false
    )
      return;
    this.published.set(null);
    this.notice.set(null);
    if (await this.show(text, true))
      this.announcement.set(`Diagrammet fra ${file.name} er lastet inn.`);
  }

  /** Collects the XML and the diff against the deployed version of the model's key, then opens the dialog. */
  protected async openPublish(): Promise<void> {
    const modeler = this.modeler;
    if (!modeler || this.preparing()) return;
    this.preparing.set(true);
    try {
      const xml = await modeler.xml();
      const processKey = modeler.processKey();
      let baseVersion: number | null = null;
      let diff = null;
      try {
        let before: unknown = null;
        if (processKey !== null && this.baseline?.key === processKey) {
          baseVersion = this.baseline.version.version;
          before = await modeler.parse(this.baseline.xml);
        } else if (processKey !== null) {
          const latest = latestVersion(
            await this.api.definitions(),
            processKey,
          );
          if (latest) {
            baseVersion = latest.version;
            before = await modeler.parse(
              await this.api.xml(processKey, latest.version),
            );
          }
        }
        diff = diffModels(
          before === null ? null : summarizeModel(before),
          summarizeModel(modeler.definitions()),
        );
      } catch {
        diff = null;
      }
      this.publishDialog().open({
        xml,
        processKey,
        openedKey: this.key(),
        baseVersion,
        diff,
        knownProblems: this.problems().length,
      });
    } catch {
      this.fileError.set('Vi kunne ikke lage XML av diagrammet.');
    } finally {
      this.preparing.set(false);
    }
  }

  protected publishResult({ outcome: result, xml }: PublishEvent): void {
    switch (result.kind) {
      case 'invalid':
        this.setProblems(result.problems);
        this.check.set('done');
        return;
      case 'unchanged':
        this.notice.set(
          result.version !== null
            ? `Modellen er lik versjon ${result.version}. Ingen ny versjon er laget.`
            : 'Modellen er lik versjonen som er publisert. Ingen ny versjon er laget.',
        );
        this.dirty.set(false);
        return;
      case 'created': {
        const version: DefinitionVersion = {
          version: result.version,
          deployedAt: new Date().toISOString(),
          deployedBy: null,
          changeNote: null,
        };
        this.baseline = { key: result.key, version, xml };
        if (result.key === this.key()) this.baseVersion.set(version);
        this.dirty.set(false);
        this.published.set({ key: result.key, version: result.version });
        // After the alert has rendered: move focus to it so the message is read.
        afterNextRender(() => this.publishedAlert()?.nativeElement.focus(), {
          injector: this.injector,
        });
      }
    }
  }
}
