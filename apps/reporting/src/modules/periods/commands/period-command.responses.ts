import { ErrorResponseDto } from '@bvr/service-kit';
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

/** The refusals shared by creating and changing a period. */
export const ApiPeriodCommandErrors = () =>
  applyDecorators(
    ApiBadRequestResponse({
      type: ErrorResponseDto,
      description:
        'A field is missing or malformed, or the dates are out of order; the message names each',
    }),
    ApiUnauthorizedResponse({
      type: ErrorResponseDto,
      description: 'No valid access token',
    }),
    ApiForbiddenResponse({
      type: ErrorResponseDto,
      description: 'Only Bufdir and platform administrators',
    }),
    ApiConflictResponse({
      type: ErrorResponseDto,
      description:
        'The half-year already has a period (`existingPeriodId` names it)',
    }),
  );
