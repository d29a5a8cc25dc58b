import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { MAX_MESSAGE_CHARS } from '@bvr/contracts';
import { ErrorSummary } from '../ui/error-summary';
import { ConcernAddressFields } from './concern-address-fields';
import type { FieldPath } from './concern-fields';
import { ConcernFormPage } from './concern-form-page';
import { ConcernRecipientFields } from './concern-recipient-fields';
import { ConcernTextArea } from './concern-text-area';
import { ConcernTextField } from './concern-text-field';
import {
  EMPTY_PRIVATE_DRAFT,
  emptyPrivateChild,
  PRIVATE_ORDER,
  type PrivateDraft,
  privateErrors,
  privateRequest,
} from './private-concern-rules';

/** The contract's limit of children in one message. */
const MAX_CHILDREN = 10;

/** «Bekymringsmelding fra privatperson»: anonymous, `POST /api/bekymringsmelding/meldinger/privat`. */
@Component({
  selector: 'app-private-concern-page',
  imports: [
    ConcernAddressFields,
    ConcernRecipientFields,
    ConcernTextArea,
    ConcernTextField,
    ErrorSummary,
  ],
  templateUrl: './private-concern-page.html',
  styleUrl: './concern-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivateConcernPage extends ConcernFormPage<PrivateDraft> {
  protected readonly form = 'privat' as const;
  protected readonly order = PRIVATE_ORDER;
  protected readonly draft = signal<PrivateDraft>(EMPTY_PRIVATE_DRAFT);
  protected readonly maxMessage = MAX_MESSAGE_CHARS;
  protected readonly maxChildren = MAX_CHILDREN;
  protected readonly addChildId = 'privat-legg-til-barn';

  protected validate(draft: PrivateDraft) {
    return privateErrors(draft);
  }

  protected send(draft: PrivateDraft, idempotencyKey: string) {
    return this.api.sendPrivate(privateRequest(draft), idempotencyKey);
  }

  protected childPath(index: number, ...rest: FieldPath): FieldPath {
    return ['privatBarn', index, ...rest];
  }

  protected addChild(): void {
    const index = this.draft().privatBarn.length;
    if (index >= MAX_CHILDREN) return;
    const child = emptyPrivateChild(this.newKey());
    this.update((d) => ({ ...d, privatBarn: [...d.privatBarn, child] }));
    this.focusLater(this.id(this.childPath(index, 'personnavn')));
  }

  protected removeChild(index: number): void {
    this.update((d) => ({
      ...d,
      privatBarn: d.privatBarn.filter((_, i) => i !== index),
    }));
    this.focusLater(this.addChildId);
  }
}
