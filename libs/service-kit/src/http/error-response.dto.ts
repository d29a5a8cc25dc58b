import { ErrorCode } from '@bvr/contracts';
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiProperty,
} from '@nestjs/swagger';

export class ErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({
    enum: Object.values(ErrorCode),
    example: ErrorCode.VALIDATION_FAILED,
  })
  code!: ErrorCode;

  @ApiProperty({
    example: 'Invalid query: asOf: expected a date as YYYY-MM-DD',
  })
  message!: string;
}

/** 400 for a malformed request, 404 for a unit (or date) the reference data does not know. */
export const ApiErrorResponses = () =>
  applyDecorators(
    ApiBadRequestResponse({
      type: ErrorResponseDto,
      description: 'Malformed query or path parameter',
    }),
    ApiNotFoundResponse({
      type: ErrorResponseDto,
      description: 'Unknown unit, or no reference data valid on the date',
    }),
  );
