import { HttpClient, HttpContext, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PrivateConcernReport, PublicConcernReport } from '@bvr/contracts';
import { firstValueFrom } from 'rxjs';
import { SESSION_PROBE } from '../core/session/session-probe';
import { type RecipientKommune, toRecipients } from './concern-recipients';
import { type SendAnswer, toSendAnswer } from './concern-receipt';

/** The bekymringsmelding service, through the gateway (same origin). */
const BASE_URL = '/api/bekymringsmelding';

/** The form's key, so a resend of the same form is stored once (see `ConcernSendKey`). */
const keyed = (idempotencyKey: string) =>
  new HttpHeaders({ 'Idempotency-Key': idempotencyKey });

@Injectable({ providedIn: 'root' })
export class ConcernIntakeApi {
  private readonly http = inject(HttpClient);

  /** The kommuner that take bekymringsmeldinger here; public. */
  async recipients(): Promise<RecipientKommune[]> {
    return toRecipients(
      await firstValueFrom(this.http.get<unknown>(`${BASE_URL}/mottakere`)),
    );
  }

  /** Anonymous. Rejects with the HttpErrorResponse. */
  async sendPrivate(
    body: PrivateConcernReport,
    idempotencyKey: string,
  ): Promise<SendAnswer> {
    return toSendAnswer(
      await firstValueFrom(
        this.http.post<unknown>(`${BASE_URL}/meldinger/privat`, body, {
          headers: keyed(idempotencyKey),
        }),
      ),
    );
  }

  /**
   * Logged in. A 401 must not send the browser to login by itself (the session-expired
   * interceptor would, and the typed message would be lost): the form says so and offers a link.
   */
  async sendPublic(
    body: PublicConcernReport,
    idempotencyKey: string,
  ): Promise<SendAnswer> {
    const context = new HttpContext().set(SESSION_PROBE, true);
    return toSendAnswer(
      await firstValueFrom(
        this.http.post<unknown>(`${BASE_URL}/meldinger/offentlig`, body, {
          context,
          headers: keyed(idempotencyKey),
        }),
      ),
    );
  }
}
