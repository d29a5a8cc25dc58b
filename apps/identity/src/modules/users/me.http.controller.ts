import { CurrentPrincipal, Principal } from '@bvr/auth';
import { type ContactDetails, contactDetailsSchema } from '@bvr/contracts';
import { JsonBody, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoleGrants } from '../grants/role-grants.service';
import { NotAPersonError } from './user.errors';
import { isRegistered, UserDirectory } from './user-directory.service';
import type { UserEntity } from './persistence/user.orm-entity';

/** The logged-in person: "Brukerprofil", and "Start registrering" at first login. */
@ApiTags('me')
@Controller('me')
export class MeHttpController {
  constructor(
    private readonly users: UserDirectory,
    private readonly grants: RoleGrants,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Who I am: name, work contact details, roles' })
  async me(@CurrentPrincipal() principal: Principal) {
    return this.profile(await this.users.get(personId(principal)));
  }

  @Put()
  @JsonBody(contactDetailsSchema)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Register or change my name, work e-mail and Norwegian phone number',
  })
  async save(
    @Body(new ZodValidationPipe(contactDetailsSchema, 'contact details'))
    body: ContactDetails,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.profile(
      await this.users.saveContactDetails(personId(principal), body),
    );
  }

  private async profile(user: UserEntity) {
    const grants = await this.grants.liveGrantsOf(user.id);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      registered: isRegistered(user),
      grants: grants.map(({ id, role, scope }) => ({ id, role, scope })),
    };
  }
}

function personId(principal: Principal): string {
  if (principal.kind !== 'person')
    throw new NotAPersonError(
      'Only a person logged in through ID-porten has a profile',
    );
  return principal.id;
}
