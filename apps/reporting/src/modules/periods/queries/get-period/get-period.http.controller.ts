import {
  ApiErrorResponses,
  ErrorResponseDto,
  ZodValidationPipe,
} from '@bvr/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PeriodDto, periodIdSchema } from '../period.dto';
import { GetPeriodQueryHandler } from './get-period.query-handler';

/** Any logged-in user. */
@ApiTags('periods')
@Controller('periods')
export class GetPeriodHttpController {
  constructor(private readonly handler: GetPeriodQueryHandler) {}

  @Get(':id')
  @ApiOperation({ summary: 'One reporting period' })
  @ApiParam({ name: 'id', example: 2 })
  @ApiOkResponse({ type: PeriodDto })
  @ApiErrorResponses()
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: 'No valid access token',
  })
  get(
    @Param('id', new ZodValidationPipe(periodIdSchema, 'period id')) id: number,
  ) {
    return this.handler.execute(id);
  }
}
