import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
} from '@angular/core';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_AFTER_MS = 1500;

/**
 * «N/4000» under a text field. The visible count is the field's description (give the field
 * `aria-describedby` = `counterId`), read when the field gets focus; a polite live region says the
 * count again only once typing pauses, so a screen reader is not interrupted on every keystroke.
 */
@Component({
  selector: 'app-char-counter',
  template: `
    <p
      class="ds-paragraph char-counter"
      data-size="sm"
      [id]="counterId()"
      [class.char-counter--over]="over()"
    >
      {{ length() }}/{{ max() }}
      @if (over()) {
        ({{ length() - max() }} tegn for mye)
      }
    </p>
    <p class="char-counter__announcer" aria-live="polite">{{ announced() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .char-counter {
      margin: 0;
      color: var(--ds-color-neutral-text-subtle);
    }
    .char-counter--over {
      color: var(--ds-color-danger-text-default);
      font-weight: var(--ds-font-weight-medium);
    }
    .char-counter__announcer {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharCounter {
  readonly counterId = input.required<string>();
  readonly length = input.required<number>();
  readonly max = input.required<number>();

  protected readonly over = computed(() => this.length() > this.max());
  protected readonly announced = signal('');

  constructor() {
    let first = true;
    effect((onCleanup) => {
      const length = this.length();
      const max = this.max();
      // Nothing to say when the page opens; only what the person types is announced.
      if (first) {
        first = false;
        return;
      }
      const timer = setTimeout(
        () =>
          this.announced.set(
            length > max
              ? `${length} av ${max} tegn. ${length - max} tegn for mye.`
              : `${length} av ${max} tegn brukt.`,
          ),
        ANNOUNCE_AFTER_MS,
      );
      onCleanup(() => clearTimeout(timer));
    });
  }
}
