import { CurrentPrincipal, Principal, RequireRoles } from '@bvr/auth';
import { Role, UNIT_ID } from '@bvr/contracts';
import { JsonBody, PublicRoute, ZodValidationPipe } from '@bvr/service-kit';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { InvalidAssertionError } from './machine-client.errors';
import { MachineClients } from './machine-clients.service';
import { MachineTokens } from './machine-tokens.service';

const registerBody = z.object({
  name: z.string().trim().min(2).max(200),
  orgNumber: z.string().regex(/^\d{9}$/, 'an organisation number has 9 digits'),
  unitId: z.string().regex(UNIT_ID, 'a kommune (4 digits) or bydel (6 digits)'),
  publicJwk: z.record(z.string(), z.unknown()),
});
const idParam = z.object({ id: z.uuid('expected a client id (uuid)') });
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

@ApiTags('machine clients')
@RequireRoles(Role.PLATFORM_ADMIN)
@Controller('machine-clients')
export class MachineClientsHttpController {
  constructor(private readonly clients: MachineClients) {}

  @Post()
  @ApiOperation({
    summary:
      'Register a case system: its public key, organisation number and kommune',
  })
  @JsonBody(registerBody)
  register(
    @Body(new ZodValidationPipe(registerBody, 'machine client'))
    body: z.infer<typeof registerBody>,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.clients.register(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'The registered case systems' })
  list() {
    return this.clients.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a case system: its assertions are refused from now on',
  })
  async revoke(
    @Param(new ZodValidationPipe(idParam, 'path'))
    { id }: z.infer<typeof idParam>,
  ) {
    await this.clients.revoke(id);
  }
}

/** How the token request is described in the OpenAPI document; the handler checks it field by field. */
const tokenRequest = z.object({
  grant_type: z.literal(JWT_BEARER),
  assertion: z.string().max(8000),
});

/** Maskinporten-style token endpoint for case systems (form-encoded or JSON). */
@ApiTags('machine clients')
@PublicRoute()
@Controller('oauth')
export class OauthTokenHttpController {
  constructor(private readonly tokens: MachineTokens) {}

  @Post('token')
  @HttpCode(200)
  @ApiOperation({
    summary: `grant_type=${JWT_BEARER} with a signed assertion → an access token for the client's kommune`,
  })
  @JsonBody(tokenRequest)
  token(@Body() body: Record<string, unknown> | undefined) {
    if (body?.['grant_type'] !== JWT_BEARER)
      throw new InvalidAssertionError(`grant_type must be ${JWT_BEARER}`);
    const assertion = body['assertion'];
    if (typeof assertion !== 'string' || assertion.length > 8000)
      throw new InvalidAssertionError('assertion must be a signed JWT');
    return this.tokens.exchange(assertion);
  }
}
