import { RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ZodValidationPipe, DomainError } from '@bvr/service-kit';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiConsumes,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import { DeployDefinition } from './deploy/deploy-definition.service';
import { DefinitionRegistry } from './registry/definition-registry.service';
import { ErrorCode } from '@bvr/contracts';

class EmptyModelError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}

const versionParams = z.object({
  key: z.string().min(1).max(200),
  version: z.coerce.number().int().positive(),
});

@ApiTags('definitions')
@Controller('definitions')
@RequireRoles(Role.PLATFORM_ADMIN)
export class DefinitionsHttpController {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly deployer: DeployDefinition,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Process definitions with their deployed versions, newest first',
  })
  list() {
    return this.registry.versionsByKey();
  }

  @Get(':key/versions/:version/xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiOperation({ summary: 'The BPMN XML of one deployed version' })
  async xml(
    @Param(new ZodValidationPipe(versionParams, 'path'))
    params: z.infer<typeof versionParams>,
  ) {
    return (await this.registry.version(params.key, params.version)).xml;
  }

  @Post()
  @HttpCode(200)
  @ApiConsumes('application/xml', 'text/xml')
  @ApiOperation({
    summary:
      'Deploy a model: 201 with the new version, 200 if unchanged, 422 listing each problem',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'The model is invalid; `problems` lists each with its element id',
  })
  async deploy(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (typeof body !== 'string' || !body.trim()) {
      throw new EmptyModelError(
        'Send the BPMN XML as the request body with Content-Type application/xml',
      );
    }
    const { definition, created } = await this.deployer.deploy(
      body,
      principal.id,
    );
    response.status(created ? 201 : 200);
    return {
      id: definition.id,
      key: definition.key,
      version: definition.version,
      created,
    };
  }
}
