import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { z } from 'zod';
import { WorkflowConfig } from '../config/env';
import { Principal, REQUIRED_GROUP } from './principal';

class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}
class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

const principalSchema = z.object({
  id: z.string().min(1).max(200),
  groups: z.array(z.string().min(1).max(200)).max(200),
});

export const TEST_PRINCIPAL_HEADER = 'x-test-principal';

/**
 * Stand-in for access-token verification until identity issues tokens: the caller states who they
 * are as JSON in `x-test-principal`. It authenticates nobody unless WORKFLOW_TEST_PRINCIPAL is
 * enabled, and the environment refuses that in production.
 */
@Injectable()
export class TestPrincipalGuard implements CanActivate {
  constructor(
    private readonly config: WorkflowConfig,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      principal?: Principal;
    }>();
    const principal = this.principalOf(request.headers[TEST_PRINCIPAL_HEADER]);
    const required = this.reflector.getAllAndOverride<string | undefined>(
      REQUIRED_GROUP,
      [context.getHandler(), context.getClass()],
    );
    if (required && !principal.groups.includes(required)) {
      throw new ForbiddenError(
        `This needs membership of the group "${required}"`,
      );
    }
    request.principal = principal;
    return true;
  }

  private principalOf(header: string | undefined): Principal {
    if (this.config.env.WORKFLOW_TEST_PRINCIPAL !== 'enabled' || !header) {
      throw new UnauthenticatedError('Log in to use the workflow API');
    }
    try {
      return principalSchema.parse(JSON.parse(header));
    } catch {
      throw new UnauthenticatedError(
        `${TEST_PRINCIPAL_HEADER} must be JSON {"id": "...", "groups": ["..."]}`,
      );
    }
  }
}
