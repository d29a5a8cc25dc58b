import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MAX_MESSAGE_CHARS } from '@bvr/contracts';
import { loginUrl } from '../core/session/login-redirect';
import { SessionStore } from '../core/session/session-store';
import { ErrorSummary } from '../ui/error-summary';
import { ConcernAddressFields } from './concern-address-fields';
import type { FieldPath } from './concern-fields';
import { ConcernFormPage } from './concern-form-page';
import { ConcernInformedFields } from './concern-informed-fields';
import { ConcernRecipientFields } from './concern-recipient-fields';
import { ConcernTextArea } from './concern-text-area';
import { ConcernTextField } from './concern-text-field';
import {
  emptyGuardian,
  emptyPublicChild,
  emptyPublicDraft,
  MAX_GUARDIANS,
  PUBLIC_ORDER,
  type PublicDraft,
  publicErrors,
  publicRequest,
} from './public-concern-rules';

const MAX_CHILDREN = 10;
/** The contract's limit for `andreHjelpeinstanser`. */
const MAX_OTHER_SERVICES = 2000;

/**
 * «Bekymringsmelding fra offentlig ansatt»: for employees with a duty to report, logged in with
 * ID-porten; `POST /api/bekymringsmelding/meldinger/offentlig`. Name, e-mail and phone start from
 * the profile where the person has registered them.
 */
@Component({
  selector: 'app-public-concern-page',
  imports: [
    ConcernAddressFields,
    ConcernInformedFields,
    ConcernRecipientFields,
    ConcernTextArea,
    ConcernTextField,
    ErrorSummary,
  ],
  templateUrl: './public-concern-page.html',
  styleUrl: './concern-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicConcernPage extends ConcernFormPage<PublicDraft> {
  protected readonly form = 'offentlig' as const;
  protected readonly order = PUBLIC_ORDER;
  protected readonly draft = signal<PublicDraft>(
    emptyPublicDraft(inject(SessionStore).user()),
  );
  protected readonly maxMessage = MAX_MESSAGE_CHARS;
  protected readonly maxOtherServices = MAX_OTHER_SERVICES;
  protected readonly maxChildren = MAX_CHILDREN;
  protected readonly maxGuardians = MAX_GUARDIANS;
  protected readonly addChildId = 'offentlig-legg-til-barn';
  protected readonly addGuardianId = 'offentlig-legg-til-foresatt';
  protected readonly loginHref = loginUrl('/bekymringsmelding/offentlig');

  protected validate(draft: PublicDraft) {
    return publicErrors(draft);
  }

  protected send(draft: PublicDraft, idempotencyKey: string) {
    return this.api.sendPublic(publicRequest(draft), idempotencyKey);
  }

  protected childPath(index: number, ...rest: FieldPath): FieldPath {
    return ['offentligBarn', index, ...rest];
  }

  protected guardianPath(index: number, ...rest: FieldPath): FieldPath {
    return ['foresatte', index, ...rest];
  }

  protected addChild(): void {
    const index = this.draft().offentligBarn.length;
    if (index >= MAX_CHILDREN) return;
    const child = emptyPublicChild(this.newKey());
    this.update((d) => ({ ...d, offentligBarn: [...d.offentligBarn, child] }));
    this.focusLater(this.id(this.childPath(index, 'ufoedt')));
  }

  protected removeChild(index: number): void {
    this.update((d) => ({
      ...d,
      offentligBarn: d.offentligBarn.filter((_, i) => i !== index),
    }));
    this.focusLater(this.addChildId);
  }

  protected addGuardian(): void {
    const index = this.draft().foresatte.length;
    if (index >= MAX_GUARDIANS) return;
    const guardian = emptyGuardian(this.newKey());
    this.update((d) => ({ ...d, foresatte: [...d.foresatte, guardian] }));
    this.focusLater(this.id(this.guardianPath(index, 'personnavn')));
  }

  protected removeGuardian(index: number): void {
    this.update((d) => ({
      ...d,
      foresatte: d.foresatte.filter((_, i) => i !== index),
    }));
    this.focusLater(this.addGuardianId);
  }
}
