import {
  HttpClient,
  HttpErrorResponse,
  HttpHeaders,
} from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type DefinitionSummary,
  type DeployOutcome,
  toDefinitions,
  toDeployOutcome,
  toProblems,
  toValidationResult,
  type ValidationResult,
} from './process-editor-rules';

const DEFINITIONS = '/api/workflow/definitions';
const XML = new HttpHeaders({ 'Content-Type': 'application/xml' });

/** The workflow service's process definitions: list, read, validate and deploy BPMN models. */
@Injectable({ providedIn: 'root' })
export class ProcessEditorApi {
  private readonly http = inject(HttpClient);

  async definitions(): Promise<DefinitionSummary[]> {
    return toDefinitions(
      await firstValueFrom(this.http.get<unknown>(DEFINITIONS)),
    );
  }

  xml(key: string, version: number): Promise<string> {
    return firstValueFrom(
      this.http.get(
        `${DEFINITIONS}/${encodeURIComponent(key)}/versions/${version}/xml`,
        { responseType: 'text' },
      ),
    );
  }

  /** The problems that would block deploying `xml`; a 422 with problems counts as an answer too. */
  async validate(xml: string): Promise<ValidationResult> {
    let body: unknown;
    try {
      body = await firstValueFrom(
        this.http.post<unknown>(`${DEFINITIONS}/validate`, xml, {
          headers: XML,
          responseType: 'json',
        }),
      );
    } catch (error) {
      if (!(error instanceof HttpErrorResponse) || error.status !== 422)
        throw error;
      body = error.error;
    }
    const result = toValidationResult(body);
    if (!result)
      throw new Error('validate answered with something that is not a result');
    return result;
  }

  /** 201 new version, 200 unchanged, 422 invalid (nothing deployed), 413 too large; else rejects. */
  async deploy(xml: string, changeNote: string): Promise<DeployOutcome> {
    try {
      const response = await firstValueFrom(
        this.http.post<unknown>(DEFINITIONS, xml, {
          headers: XML,
          params: { changeNote },
          observe: 'response',
          responseType: 'json',
        }),
      );
      const outcome = toDeployOutcome(response.status, response.body);
      if (!outcome)
        throw new Error('deploy answered with something that is not a result');
      return outcome;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 413)
        return { kind: 'too-large' };
      if (error instanceof HttpErrorResponse && error.status === 422) {
        const problems = toProblems(error.error);
        if (problems.length > 0) return { kind: 'invalid', problems };
      }
      throw error;
    }
  }
}
