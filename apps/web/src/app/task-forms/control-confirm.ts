import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { FormPoint } from '@bvr/report-forms';
import type { ControlDecision } from '../tasks/task';

/** The confirm step after «Fortsett arbeidsflyt»: what will happen, then «Bekreft» or «Tilbake». */
@Component({
  selector: 'app-control-confirm',
  template: `
    <section class="control-confirm" aria-labelledby="control-confirm-heading">
      <h4
        class="ds-heading"
        data-size="2xs"
        id="control-confirm-heading"
        tabindex="-1"
        #heading
      >
        Bekreft kontrollen
      </h4>
      @if (decision().approved) {
        <p class="ds-paragraph">
          Du har svart Ja: rapporten er godkjent og sendes videre til Bufdir.
          Den kan ikke endres etterpå.
        </p>
      } @else {
        <p class="ds-paragraph">
          Du har svart Nei: rapporten sendes tilbake til kommunen, som får denne
          meldingen:
        </p>
        <!-- prettier-ignore -->
        <blockquote class="control-confirm__quote">{{ decision().returnMessage }}</blockquote>
      }
      @for (point of points(); track point.id) {
        <p class="ds-paragraph">
          {{ point.id }}:
          {{ decision().statsforvalterValues[point.id] || 'Ikke fylt ut' }}
        </p>
      }
      <div class="control-confirm__actions">
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
    .control-confirm {
      display: grid;
      gap: var(--ds-size-4);
    }
    .control-confirm__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-3);
    }
    .control-confirm__quote {
      margin: 0;
      padding-inline-start: var(--ds-size-4);
      border-inline-start: 4px solid var(--ds-color-neutral-border-default);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ControlConfirm {
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  readonly decision = input.required<ControlDecision>();
  readonly points = input.required<readonly FormPoint[]>();
  readonly busy = input(false);
  /** «Bekreft»: ignored by the form while a completion is running. */
  readonly confirmed = output<void>();
  readonly back = output<void>();

  focus(): void {
    this.heading()?.nativeElement.focus();
  }
}
