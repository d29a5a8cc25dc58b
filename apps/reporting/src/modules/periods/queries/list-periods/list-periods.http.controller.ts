import { ErrorResponseDto } from '@bvr/service-kit';
import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PeriodsResponseDto } from '../period.dto';
import { ListPeriodsQueryHandler } from './list-periods.query-handler';

/** Any logged-in user: everyone who reports or controls needs the deadlines. */
@ApiTags('periods')
@Controller('periods')
export class ListPeriodsHttpController {
  constructor(private readonly handler: ListPeriodsQueryHandler) {}

  @Get()
  @ApiOperation({
    summary: 'The reporting periods with their deadlines, newest first',
  })
  @ApiOkResponse({ type: PeriodsResponseDto })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: 'No valid access token',
  })
  list() {
    return this.handler.execute();
  }
}
