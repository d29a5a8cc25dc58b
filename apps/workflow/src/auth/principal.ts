import {
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';

/** Who is calling and which groups they act in (`statsforvalter:sf-vestland`, `kommune:4601`, `admin`). */
export interface Principal {
  id: string;
  groups: string[];
}

export const ADMIN_GROUP = 'admin';
export const REQUIRED_GROUP = 'workflow:required-group';

/** The handler is for members of this group only (403 for others). */
export const RequireGroup = (group: string) =>
  SetMetadata(REQUIRED_GROUP, group);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
