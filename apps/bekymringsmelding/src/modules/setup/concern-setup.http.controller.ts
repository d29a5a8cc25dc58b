import { CurrentPrincipal, Principal, RequireUnitScope } from '@bvr/auth';
import {
  BYDEL_NUMBER,
  bydelInput,
  concernSetupInput,
  Role,
} from '@bvr/contracts';
import { JsonBody, PublicRoute, ZodValidationPipe } from '@bvr/service-kit';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ConcernSetup } from './concern-setup.service';
import { ReceivingUnitsRepository } from './receiving-units.repository';

const kommuneParam = z.object({
  kommunenummer: z
    .string()
    .regex(/^\d{4}$/, 'et kommunenummer har fire siffer'),
});
const certificateBody = z.object({
  sertifikat: z
    .string()
    .min(1, 'Last opp den offentlige nøkkelen.')
    .max(20_000),
});
const defaultBody = z.object({
  bydelsnummer: z.string().regex(BYDEL_NUMBER, 'Bydelsnummeret har to siffer.'),
});
const adminOfKommune = RequireUnitScope({
  roles: [Role.CONCERN_ADMIN],
  from: { param: 'kommunenummer' },
});

/** The set-up wizard («veiviseren») and the service page of a kommune's service admins. */
@ApiTags('oppsett')
@Controller()
export class ConcernSetupHttpController {
  constructor(
    private readonly setup: ConcernSetup,
    private readonly units: ReceivingUnitsRepository,
  ) {}

  @Get('mottakere')
  @PublicRoute()
  @ApiOperation({
    summary:
      'Kommuner (and their bydeler) that receive bekymringsmeldinger here',
  })
  recipients() {
    return this.units.recipients();
  }

  @Get('kommuner/:kommunenummer/tjeneste')
  @adminOfKommune
  @ApiOperation({ summary: "A kommune's set-up (404 before the wizard)" })
  view(
    @Param(new ZodValidationPipe(kommuneParam, 'path'))
    { kommunenummer }: z.infer<typeof kommuneParam>,
  ) {
    return this.setup.view(kommunenummer);
  }

  @Post('kommuner/:kommunenummer/tjeneste/sertifikat')
  @HttpCode(200)
  @adminOfKommune
  @ApiOperation({
    summary: 'Check an uploaded public key (PEM certificate) before going on',
  })
  @JsonBody(certificateBody)
  checkCertificate(
    @Param(new ZodValidationPipe(kommuneParam, 'path'))
    _: z.infer<typeof kommuneParam>,
    @Body(new ZodValidationPipe(certificateBody, 'body'))
    { sertifikat }: z.infer<typeof certificateBody>,
  ) {
    return this.setup.checkCertificate(sertifikat);
  }

  @Put('kommuner/:kommunenummer/tjeneste')
  @HttpCode(201)
  @adminOfKommune
  @ApiOperation({
    summary:
      '«Ta i bruk tjenesten»: the whole wizard; SvarInn integration details are answered once',
  })
  @JsonBody(concernSetupInput)
  takeIntoUse(
    @Param(new ZodValidationPipe(kommuneParam, 'path'))
    { kommunenummer }: z.infer<typeof kommuneParam>,
    @Body(new ZodValidationPipe(concernSetupInput, 'body'))
    input: z.infer<typeof concernSetupInput>,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.setup.takeIntoUse(kommunenummer, input, actor.id);
  }

  @Post('kommuner/:kommunenummer/bydeler')
  @adminOfKommune
  @ApiOperation({ summary: '«Opprett bydel»' })
  @JsonBody(bydelInput)
  addBydel(
    @Param(new ZodValidationPipe(kommuneParam, 'path'))
    { kommunenummer }: z.infer<typeof kommuneParam>,
    @Body(new ZodValidationPipe(bydelInput, 'body'))
    input: z.infer<typeof bydelInput>,
  ) {
    return this.setup.addBydel(kommunenummer, input);
  }

  @Put('kommuner/:kommunenummer/standardmottaker')
  @adminOfKommune
  @ApiOperation({ summary: 'Change the default bydel (standard mottaker)' })
  @JsonBody(defaultBody)
  changeDefault(
    @Param(new ZodValidationPipe(kommuneParam, 'path'))
    { kommunenummer }: z.infer<typeof kommuneParam>,
    @Body(new ZodValidationPipe(defaultBody, 'body'))
    { bydelsnummer }: z.infer<typeof defaultBody>,
  ) {
    return this.setup.changeDefault(kommunenummer, bydelsnummer);
  }
}
