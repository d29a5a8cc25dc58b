import { RequireRoles } from '@bvr/auth';
import { ErrorCode, Role } from '@bvr/contracts';
import {
  DomainError,
  INT4_MAX,
  QueryParameters,
  ZodValidationPipe,
} from '@bvr/service-kit';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConsumes,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import {
  assertNoDeclarations,
  DeployDefinition,
} from './deploy/deploy-definition.service';
import { ActivityCounts } from './queries/activity-counts.service';
import { DefinitionAudit } from './queries/definition-audit.service';
import { DefinitionOverview } from './queries/definition-overview.service';
import { DefinitionRegistry } from './registry/definition-registry.service';
import { deployCatalog } from './validation/model-catalog';
import { validateModel } from './validation/validate-model';

class EmptyModelError extends DomainError {
  readonly code = ErrorCode.VALIDATION_FAILED;
}

const keyParams = z.object({
  key: z.string().min(1).max(200),
});
const versionParams = keyParams.extend({
  version: z.coerce.number().int().positive().max(INT4_MAX),
});
const auditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const deployQuery = z.object({
  changeNote: z
    .string()
    .trim()
    .max(500, 'a change note has at most 500 characters')
    .optional()
    .transform((note) => note || null),
});

const TOO_LARGE = 'The XML is larger than 2 MB';
const DECLARATIONS =
  'The XML declares a DOCTYPE or entities; `problems` holds one `xml` problem';

@ApiTags('definitions')
@Controller('definitions')
@RequireRoles(Role.PLATFORM_ADMIN)
export class DefinitionsHttpController {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly deployer: DeployDefinition,
    private readonly overview: DefinitionOverview,
    private readonly activityCounts: ActivityCounts,
    private readonly audit: DefinitionAudit,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Process definitions with their deployed versions, newest first, with running instances and open incidents per version',
  })
  list() {
    return this.overview.list();
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

  @Get(':key/versions/:version/activity-counts')
  @ApiOperation({
    summary:
      'Per activity of one version: running instances waiting there and open incidents',
  })
  counts(
    @Param(new ZodValidationPipe(versionParams, 'path'))
    params: z.infer<typeof versionParams>,
  ) {
    return this.activityCounts.of(params.key, params.version);
  }

  @Get(':key/audit')
  @QueryParameters(auditQuery)
  @ApiOperation({
    summary:
      'Every deploy of a process and every instance migration onto one of its versions, newest first, with paging and total',
  })
  auditTrail(
    @Param(new ZodValidationPipe(keyParams, 'path'))
    params: z.infer<typeof keyParams>,
    @Query(new ZodValidationPipe(auditQuery, 'query'))
    query: z.infer<typeof auditQuery>,
  ) {
    return this.audit.of(params.key, query);
  }

  @Post('validate')
  @HttpCode(200)
  @ApiConsumes('application/xml', 'text/xml')
  @ApiOperation({
    summary:
      'Check a model as a deploy would, without deploying it: 200 with the problems, empty when deployable',
  })
  @ApiPayloadTooLargeResponse({ description: TOO_LARGE })
  @ApiUnprocessableEntityResponse({ description: DECLARATIONS })
  validate(@Body() body: unknown) {
    const xml = typeof body === 'string' ? body : '';
    assertNoDeclarations(xml);
    return validateModel(xml, deployCatalog);
  }

  @Post()
  @HttpCode(200)
  @ApiConsumes('application/xml', 'text/xml')
  @ApiOperation({
    summary:
      'Deploy a model, with an optional change note: 201 with the new version, 200 if unchanged, 422 listing each problem',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'The model is invalid; `problems` lists each with its element id',
  })
  @ApiPayloadTooLargeResponse({ description: TOO_LARGE })
  @QueryParameters(deployQuery)
  async deploy(
    @Body() body: unknown,
    @Query(new ZodValidationPipe(deployQuery, 'query'))
    query: z.infer<typeof deployQuery>,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (typeof body !== 'string' || !body.trim()) {
      throw new EmptyModelError(
        'Send the BPMN XML as the request body with Content-Type application/xml',
      );
    }
    const { definition, created } = await this.deployer.deploy(body, {
      actor: principal.id,
      actorName: principal.name,
      changeNote: query.changeNote,
    });
    response.status(created ? 201 : 200);
    return {
      id: definition.id,
      key: definition.key,
      version: definition.version,
      created,
    };
  }
}
