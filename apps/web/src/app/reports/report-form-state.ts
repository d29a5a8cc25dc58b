import { computed, signal } from '@angular/core';
import {
  type FormDefinition,
  type ReportValues,
  validateReport,
} from '@bvr/report-forms';
import {
  Entries,
  Entry,
  entriesOf,
  sameValues,
  valuesOf,
} from './report-entries';
import {
  PointProblem,
  problemByPoint,
  problemCountByPart,
} from './report-problems';

/**
 * What the person has typed into one report, and what is wrong with it, as signals. No HTTP: the
 * page saves and submits. Problems come from the rules library (`validateReport`, as the service
 * runs it) and, after a refused save or submission, from the service.
 */
export class ReportFormState {
  readonly entries = signal<Entries>({});
  /** The values as last saved (or loaded): what «unsaved changes» are measured against. */
  readonly saved = signal<ReportValues>({});
  /** Fields the person has left: their format errors show from then on. */
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  /** After «Send inn» was pressed once, every problem shows, «required» ones too. */
  readonly attempted = signal(false);
  private readonly fromServer = signal<readonly PointProblem[]>([]);

  readonly values = computed(() => valuesOf(this.definition, this.entries()));
  readonly dirty = computed(() => !sameValues(this.values(), this.saved()));
  readonly submitProblems = computed(() =>
    validateReport(this.definition, this.values(), { filledBy: 'unit' }),
  );
  /** What would stop «Lagre»: malformed values; empty points are fine in a draft. */
  readonly draftProblems = computed(() =>
    validateReport(this.definition, this.values(), {
      filledBy: 'unit',
      mode: 'draft',
    }),
  );
  /** The problems on screen: the service's first, then ours for points it did not name. */
  readonly shown = computed<PointProblem[]>(() => {
    const server = this.fromServer();
    const named = new Set(server.map((problem) => problem.pointId));
    const touched = this.touched();
    const local = this.submitProblems().filter(
      (problem) =>
        !named.has(problem.pointId) &&
        (this.attempted() ||
          (touched.has(problem.pointId) && problem.code !== 'REQUIRED')),
    );
    return [...server, ...local];
  });
  readonly byPoint = computed(() => problemByPoint(this.shown()));
  readonly countByPart = computed(() =>
    problemCountByPart(this.definition, this.shown()),
  );

  constructor(readonly definition: FormDefinition) {}

  /** Starts over from what the service has. */
  load(values: ReportValues): void {
    this.entries.set(entriesOf(this.definition, values));
    this.saved.set(
      valuesOf(this.definition, entriesOf(this.definition, values)),
    );
    this.touched.set(new Set());
    this.attempted.set(false);
    this.fromServer.set([]);
  }

  set(pointId: string, entry: Entry): void {
    this.entries.update((entries) => ({ ...entries, [pointId]: entry }));
    // The service's verdict on this point no longer holds once it changes.
    this.fromServer.update((problems) =>
      problems.filter((problem) => problem.pointId !== pointId),
    );
  }

  touch(pointId: string): void {
    if (!this.touched().has(pointId))
      this.touched.update((touched) => new Set(touched).add(pointId));
  }

  /** Marks every field with a draft problem as touched, so that its error shows. */
  touchAll(problems: readonly PointProblem[]): void {
    this.touched.update(
      (touched) => new Set([...touched, ...problems.map((p) => p.pointId)]),
    );
  }

  showServerProblems(problems: readonly PointProblem[]): void {
    this.fromServer.set(problems);
  }

  markSaved(values: ReportValues): void {
    this.saved.set(values);
  }

  /**
   * The values a draft save can carry: a point whose value the service would refuse (malformed, or
   * larger than its parent) keeps its last saved value, and stays on screen with its error.
   */
  saveableValues(): ReportValues {
    const saved = this.saved();
    let values: Record<string, ReportValues[string]> = { ...this.values() };
    for (let round = 0; round < 5; round++) {
      const problems = validateReport(this.definition, values, {
        filledBy: 'unit',
        mode: 'draft',
      });
      if (problems.length === 0) return values;
      values = { ...values };
      for (const { pointId } of problems) {
        if (saved[pointId] === undefined) delete values[pointId];
        else values[pointId] = saved[pointId];
      }
    }
    return saved;
  }
}
