import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  inject,
  input,
} from '@angular/core';

/** One problem to fix, linked to the field it concerns. */
export interface ErrorSummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/**
 * Designsystemet's error summary: after a failed submit it takes focus (call `focus()`), and each
 * link moves focus to its field. Plain `#id` links would resolve against `<base href="/">` and
 * leave the page, so the click is handled here.
 */
@Component({
  selector: 'app-error-summary',
  template: `
    <div class="ds-error-summary" tabindex="-1">
      <h3 class="ds-heading" data-size="xs">{{ heading() }}</h3>
      <ul class="ds-list">
        @for (item of items(); track item.fieldId) {
          <li>
            <a
              class="ds-link"
              [href]="'#' + item.fieldId"
              (click)="goTo($event, item.fieldId)"
              >{{ item.message }}</a
            >
          </li>
        }
      </ul>
    </div>
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);

  readonly heading = input('For å gå videre må du rette opp følgende feil:');
  readonly items = input.required<readonly ErrorSummaryItem[]>();

  focus(): void {
    this.host.nativeElement
      .querySelector<HTMLElement>('.ds-error-summary')
      ?.focus();
  }

  protected goTo(event: Event, fieldId: string): void {
    event.preventDefault();
    const field = this.document.getElementById(fieldId);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  }
}
