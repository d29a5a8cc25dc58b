import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { InboxQuery, isReportingUnitNumber } from './inbox-query';
import { TASK_NAMES } from './task-labels';

export type InboxFilterValues = Pick<
  InboxQuery,
  'text' | 'reportingUnit' | 'taskName'
>;

const UNIT_ERROR =
  'Skriv et kommunenummer med 4 siffer eller et bydelsnummer med 6 siffer, for eksempel 4601';

/**
 * «Søk», «Rapporteringsenhet» and «Oppgave», applied together with the «Søk» button (nothing
 * changes while a person is still choosing). The fields show the URL's filters, so back works.
 */
@Component({
  selector: 'app-inbox-filters',
  templateUrl: './inbox-filters.html',
  styleUrl: './inbox-filters.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxFilters {
  readonly query = input.required<InboxQuery>();
  readonly filter = output<InboxFilterValues>();

  protected readonly taskNames = TASK_NAMES;
  protected readonly unitError = signal('');
  private readonly unitField =
    viewChild.required<ElementRef<HTMLInputElement>>('unit');

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const reportingUnit = value('reportingUnit').replace(/\s/g, '');
    if (reportingUnit && !isReportingUnitNumber(reportingUnit)) {
      this.unitError.set(UNIT_ERROR);
      this.unitField().nativeElement.focus();
      return;
    }
    this.unitError.set('');
    this.filter.emit({
      text: value('text'),
      reportingUnit,
      taskName: value('taskName'),
    });
  }

  protected clear(form: HTMLFormElement): void {
    form.reset();
    this.unitError.set('');
    this.filter.emit({ text: '', reportingUnit: '', taskName: '' });
  }
}
