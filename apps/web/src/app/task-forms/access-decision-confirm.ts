import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';

/** The confirm step after «Fortsett arbeidsflyt»: what the decision does, then «Bekreft» or «Tilbake». */
@Component({
  selector: 'app-access-decision-confirm',
  template: `
    <section class="access-confirm" aria-labelledby="access-confirm-heading">
      <h4
        class="ds-heading"
        data-size="2xs"
        id="access-confirm-heading"
        tabindex="-1"
        #heading
      >
        Bekreft vedtaket
      </h4>
      @if (approved()) {
        <p class="ds-paragraph">
          Du har svart Ja: {{ applicant() }} får tilgang til utrapportering og
          får beskjed om det på e-post.
        </p>
      } @else {
        <p class="ds-paragraph">
          Du har svart Nei: {{ applicant() }} får ikke tilgang til
          utrapportering og får beskjed om det på e-post.
        </p>
      }
      <div class="access-confirm__actions">
        <button
          type="button"
          class="ds-button"
          data-variant="primary"
          [attr.aria-busy]="busy() || null"
          (click)="confirmed.emit()"
        >
          Bekreft
        </button>
        <button
          type="button"
          class="ds-button"
          data-variant="secondary"
          (click)="back.emit()"
        >
          Tilbake
        </button>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .access-confirm {
      display: grid;
      gap: var(--ds-size-4);
    }
    .access-confirm__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessDecisionConfirm {
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  readonly approved = input.required<boolean>();
  readonly applicant = input.required<string>();
  readonly busy = input(false);
  /** «Bekreft»: ignored by the form while a completion is running. */
  readonly confirmed = output<void>();
  readonly back = output<void>();

  focus(): void {
    this.heading()?.nativeElement.focus();
  }
}
