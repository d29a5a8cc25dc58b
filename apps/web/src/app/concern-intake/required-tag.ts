import { ChangeDetectionStrategy, Component } from '@angular/core';

/** «Må fylles ut» after a label: the required mark in words, not colour or an asterisk alone. */
@Component({
  selector: 'app-required-tag',
  template: `<span class="ds-tag" data-color="warning" data-size="sm"
    >Må fylles ut</span
  >`,
  styles:
    ':host { display: inline-block; margin-inline-start: var(--ds-size-2); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequiredTag {}
