import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { errorMessageOf } from '../../core/http/error-messages';
import { SessionStore } from '../../core/session/session-store';
import { reportFormPath } from '../../reports/report-form-path';
import { ReportApi } from '../../reports/report-api';
import {
  isWithUnit,
  periodPhase,
  periodPhaseLabel,
  REPORT_STATE_COLORS,
  REPORT_STATE_LABELS,
  ReportState,
  sortPeriods,
  todayInNorway,
} from '../../reports/report-labels';
import type { Period } from '../../reports/report-models';
import { ReporterUnits, ReportingUnit } from '../../reports/reporter-units';

/** The newest periods get a table with each unit's status; older ones are links below, folded away. */
const PERIODS_WITH_STATUS = 6;

type StatusCell =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | {
      readonly kind: 'known';
      readonly state: ReportState;
      readonly editable: boolean;
    };

interface Row {
  readonly unit: ReportingUnit;
  readonly path: string;
  /** The status as a tag, or a note while it loads or when it could not be fetched. */
  readonly tag: { readonly label: string; readonly color: string } | null;
  readonly note: string;
  /** «Se rapporten» rather than «Åpne skjemaet» once we know the unit cannot change it. */
  readonly readOnly: boolean;
}

interface PeriodSection {
  readonly period: Period;
  readonly phase: string;
  readonly open: boolean;
  readonly rows: readonly Row[];
}

function statusOf(
  cell: StatusCell | undefined,
): Pick<Row, 'tag' | 'note' | 'readOnly'> {
  switch (cell?.kind) {
    case 'known':
      return {
        tag: {
          label: REPORT_STATE_LABELS[cell.state],
          color: REPORT_STATE_COLORS[cell.state],
        },
        note: '',
        readOnly: !cell.editable,
      };
    case 'failed':
      return { tag: null, note: 'Fikk ikke hentet status', readOnly: false };
    case 'loading':
      return { tag: null, note: 'Henter …', readOnly: false };
    default:
      return { tag: null, note: '', readOnly: false };
  }
}

/** «Innrapportering»: the periods, open ones first, and the status of each of the person's units. */
@Component({
  selector: 'app-reports-page',
  imports: [RouterLink],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly api = inject(ReportApi);
  private readonly session = inject(SessionStore);
  private readonly reporterUnits = inject(ReporterUnits);
  private readonly today = todayInNorway();

  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly periods = signal<Period[]>([]);
  protected readonly units = signal<ReportingUnit[]>([]);
  private readonly statuses = signal<ReadonlyMap<string, StatusCell>>(
    new Map(),
  );

  protected readonly sections = computed<PeriodSection[]>(() =>
    this.periods().map((period) => ({
      period,
      phase: periodPhaseLabel(period, this.today),
      open: periodPhase(period, this.today) !== 'upcoming',
      rows: this.units().map((unit) => ({
        unit,
        path: reportFormPath(String(period.id), unit.id),
        ...statusOf(this.statuses().get(`${period.id}:${unit.id}`)),
      })),
    })),
  );
  protected readonly recent = computed(() =>
    this.sections().slice(0, PERIODS_WITH_STATUS),
  );
  protected readonly older = computed(() =>
    this.sections().slice(PERIODS_WITH_STATUS),
  );

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [periods, units] = await Promise.all([
        this.api.periods(),
        this.reporterUnits.of(this.session.grants()),
      ]);
      this.periods.set(sortPeriods(periods, this.today));
      this.units.set(units);
      this.loading.set(false);
      await this.loadStatuses();
    } catch (error) {
      this.error.set(errorMessageOf(error));
      this.loading.set(false);
    }
  }

  /** One request per unit (all its periods at once), not one per unit and period. */
  private async loadStatuses(): Promise<void> {
    const periods = this.sections().map((section) => section.period);
    const units = this.units();
    const cells = (
      unit: ReportingUnit,
      cellOf: (period: Period) => StatusCell,
    ) =>
      periods.map(
        (period) => [`${period.id}:${unit.id}`, cellOf(period)] as const,
      );
    const merge = (entries: ReadonlyArray<readonly [string, StatusCell]>) =>
      this.statuses.update((map) => new Map([...map, ...entries]));
    merge(units.flatMap((unit) => cells(unit, () => ({ kind: 'loading' }))));
    await Promise.all(
      units.map(async (unit) => {
        try {
          const reports = new Map(
            (await this.api.unitReports(unit.id)).map((report) => [
              report.periodId,
              report.status,
            ]),
          );
          merge(
            cells(unit, (period) => {
              const status = reports.get(period.id);
              return {
                kind: 'known',
                state: status ?? 'not-started',
                editable: !status || isWithUnit(status),
              };
            }),
          );
        } catch {
          merge(cells(unit, () => ({ kind: 'failed' })));
        }
      }),
    );
  }
}
