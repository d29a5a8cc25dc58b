import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatOsloDateTime } from './concern-receipt';
import { ConcernReceiptStore } from './concern-receipt-store';

/**
 * «Bekymringsmeldingen er sendt»: to whom, when, the reference, and what happens next. Opened
 * without a message just sent (a reload, a bookmark), a neutral page with a way back. Focus moves
 * to the heading, so a screen reader starts with the outcome.
 */
@Component({
  selector: 'app-concern-receipt-page',
  imports: [RouterLink],
  templateUrl: './concern-receipt-page.html',
  styleUrl: './concern-receipt-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcernReceiptPage {
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly receipt = inject(ConcernReceiptStore).receipt;
  protected readonly sentAt = computed(() => {
    const receipt = this.receipt();
    return receipt ? formatOsloDateTime(receipt.sendingstidspunkt) : '';
  });

  constructor() {
    // After the layout's own move of focus to <main> on navigation.
    afterNextRender({
      write: () => this.heading()?.nativeElement.focus(),
    });
  }
}
