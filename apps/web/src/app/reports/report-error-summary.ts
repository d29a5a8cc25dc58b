import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { fieldIdOf, PointProblem } from './report-problems';

/**
 * Designsystemet's error summary for the report. Like `ui/error-summary`, but a point may sit in a
 * part that is not shown: the link asks the page (`pick`) to open the part and focus the field.
 */
@Component({
  selector: 'app-report-error-summary',
  template: `
    <div class="ds-error-summary" tabindex="-1">
      <h2 class="ds-heading" data-size="xs">{{ heading() }}</h2>
      <ul class="ds-list">
        @for (problem of problems(); track problem.pointId + problem.code) {
          <li>
            <a
              class="ds-link"
              [href]="'#' + fieldIdOf(problem.pointId)"
              (click)="goTo($event, problem.pointId)"
              >{{ problem.message }}</a
            >
          </li>
        }
      </ul>
    </div>
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportErrorSummary {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly heading = input('Rett opp dette før du sender inn:');
  readonly problems = input.required<readonly PointProblem[]>();
  readonly pick = output<string>();

  protected readonly fieldIdOf = fieldIdOf;

  focus(): void {
    this.host.nativeElement
      .querySelector<HTMLElement>('.ds-error-summary')
      ?.focus();
  }

  protected goTo(event: Event, pointId: string): void {
    event.preventDefault();
    this.pick.emit(pointId);
  }
}
