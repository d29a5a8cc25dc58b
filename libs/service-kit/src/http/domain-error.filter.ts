import { ErrorCode } from '@bvr/contracts';
import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpStatus,
} from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import type { ErrorResponseDto } from './error-response.dto';

const STATUS_BY_CODE: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.VALIDATION_FAILED]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.UNKNOWN_REFERENCE_DATA]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.CROSS_SITE_REQUEST]: HttpStatus.FORBIDDEN,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.LOGIN_FAILED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.INSUFFICIENT_LEVEL]: HttpStatus.FORBIDDEN,
  [ErrorCode.USER_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.GRANT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.GRANT_EXISTS]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_ASSERTION]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNKNOWN_CLIENT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.ACCESS_APPLICATION_PENDING]: HttpStatus.CONFLICT,
  [ErrorCode.ALREADY_HAS_ACCESS]: HttpStatus.CONFLICT,
  [ErrorCode.NOT_REGISTERED]: HttpStatus.CONFLICT,
  [ErrorCode.UPSTREAM_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.MODEL_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.UNKNOWN_DEFINITION]: HttpStatus.NOT_FOUND,
  [ErrorCode.INSTANCE_NOT_RUNNING]: HttpStatus.CONFLICT,
  [ErrorCode.TASK_NOT_OPEN]: HttpStatus.CONFLICT,
  [ErrorCode.TASK_CLAIMED]: HttpStatus.CONFLICT,
  [ErrorCode.MESSAGE_NOT_CORRELATED]: HttpStatus.CONFLICT,
  [ErrorCode.INVALID_TIME_EXPRESSION]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.ENGINE_FAILED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.PERIOD_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.PERIOD_EXISTS]: HttpStatus.CONFLICT,
  [ErrorCode.PERIOD_NOT_OPEN]: HttpStatus.CONFLICT,
  [ErrorCode.REPORT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.REPORT_INVALID]: HttpStatus.BAD_REQUEST,
  [ErrorCode.REPORT_REVISION_CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.REPORT_LOCKED]: HttpStatus.CONFLICT,
  [ErrorCode.REPORT_STATUS_CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.CONCERN_NOT_SET_UP]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONCERN_ALREADY_SET_UP]: HttpStatus.CONFLICT,
  [ErrorCode.CONCERN_INVALID_CERTIFICATE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.CONCERN_MESSAGE_GONE]: HttpStatus.GONE,
  [ErrorCode.CONCERN_ALREADY_HANDLED]: HttpStatus.CONFLICT,
  [ErrorCode.CONCERN_NOT_DOWNLOADED]: HttpStatus.CONFLICT,
};

/** Maps a domain error to HTTP by its stable code; the body carries the code for clients and the message for people. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const status =
      STATUS_BY_CODE[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR;
    const body: ErrorResponseDto = {
      statusCode: status,
      code: error.code,
      message: error.message,
      ...error.details,
    };
    host.switchToHttp().getResponse<Response>().status(status).json(body);
  }
}
