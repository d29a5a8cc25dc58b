import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { errorMessageOf } from '../core/http/error-messages';
import {
  bodyMessage,
  type ConcernMessage,
  confirmUrl,
  INBOX_URL,
  messageUrl,
  pdfUrl,
  toConcernMessage,
  toConcernMessages,
} from './concern-inbox-rules';

/** How «Bekreft» went: confirmed, or a problem to show (and then fetch the row again). */
export type ConfirmOutcome =
  | { readonly kind: 'confirmed'; readonly message: ConcernMessage | null }
  | { readonly kind: 'problem'; readonly text: string; readonly gone: boolean };

/** The inbox of «Motta bekymringsmeldinger», through the gateway (the session cookie goes along). */
@Injectable({ providedIn: 'root' })
export class ConcernInboxApi {
  private readonly http = inject(HttpClient);

  async list(): Promise<ConcernMessage[]> {
    return toConcernMessages(
      await firstValueFrom(this.http.get<unknown>(INBOX_URL)),
    );
  }

  async one(id: string): Promise<ConcernMessage> {
    const message = toConcernMessage(
      await firstValueFrom(this.http.get<unknown>(messageUrl(id))),
    );
    if (!message)
      throw new Error(
        'the inbox answered with something that is not a message',
      );
    return message;
  }

  /** The PDF as a blob; the server counts the download. */
  pdf(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(pdfUrl(id), { responseType: 'blob' }));
  }

  async confirm(id: string): Promise<ConfirmOutcome> {
    try {
      const body = await firstValueFrom(
        this.http.post<unknown>(confirmUrl(id), {}),
      );
      return { kind: 'confirmed', message: toConcernMessage(body) };
    } catch (error) {
      return { kind: 'problem', ...confirmProblem(error) };
    }
  }
}

/** 409: already confirmed or sent by post (the service says which); 410: deleted. */
export function confirmProblem(error: unknown): {
  text: string;
  gone: boolean;
} {
  if (error instanceof HttpErrorResponse && error.status === 410)
    return {
      text:
        bodyMessage(error.error) ??
        'Bekymringsmeldingen finnes ikke lenger. Den er slettet fra våre systemer.',
      gone: true,
    };
  if (error instanceof HttpErrorResponse && error.status === 409)
    return {
      text:
        bodyMessage(error.error) ??
        'Bekymringsmeldingen er allerede bekreftet eller sendt som brevpost.',
      gone: false,
    };
  return { text: errorMessageOf(error), gone: false };
}
