import { PublicRoute } from '@bvr/service-kit';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SigningKeys } from './signing-keys.service';

@ApiTags('tokens')
@PublicRoute()
@Controller('.well-known')
export class JwksHttpController {
  constructor(private readonly keys: SigningKeys) {}

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    summary:
      'The public keys that verify access tokens (ES256), for every service',
  })
  jwks() {
    return this.keys.jwks();
  }
}
