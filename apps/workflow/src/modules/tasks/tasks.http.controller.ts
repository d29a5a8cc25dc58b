import { JsonBody, QueryParameters, ZodValidationPipe } from '@bvr/service-kit';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, Principal } from '../../auth/principal';
import { TaskCommands } from './commands/task-commands.service';
import { TASK_SORTS, TaskQueries } from './queries/task-queries.service';

const listQuery = z.object({
  state: z.enum(['open', 'solved']).default('open'),
  process: z.string().max(200).optional(),
  taskName: z.string().max(200).optional(),
  reportingUnit: z.string().max(20).optional(),
  status: z.enum(['open', 'completed', 'cancelled']).optional(),
  text: z.string().trim().min(1).max(200).optional(),
  sort: z
    .enum(Object.keys(TASK_SORTS) as [keyof typeof TASK_SORTS])
    .default('submitted'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const idParam = z.object({ id: z.uuid('expected a task id (uuid)') });
const completeBody = z.object({
  idempotencyKey: z
    .string()
    .min(8, 'send a unique idempotencyKey per click, at least 8 characters')
    .max(200),
  variables: z
    .record(
      z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'variable names are identifiers'),
      z.unknown(),
    )
    .default({}),
});
const draftBody = z.object({ data: z.record(z.string(), z.unknown()) });
const assignBody = z.object({
  assignee: z.string().min(1).max(200).nullable(),
});

type Id = z.infer<typeof idParam>;
const id = () => new ZodValidationPipe(idParam, 'path');

@ApiTags('tasks')
@Controller('tasks')
export class TasksHttpController {
  constructor(
    private readonly queries: TaskQueries,
    private readonly commands: TaskCommands,
  ) {}

  @Get()
  @QueryParameters(listQuery)
  @ApiOperation({
    summary:
      'The inbox: open ("Åpne oppgaver") or solved ("Løste oppgaver") tasks of your groups',
  })
  list(
    @Query(new ZodValidationPipe(listQuery, 'query'))
    query: z.infer<typeof listQuery>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.queries.list(query, principal);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'One task with its form key, the instance variables and any saved draft',
  })
  get(
    @Param(id()) { id: taskId }: Id,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.queries.get(taskId, principal);
  }

  @Put(':id/draft')
  @JsonBody(draftBody)
  @ApiOperation({
    summary: '"Lagre": save the form data without moving the process',
  })
  saveDraft(
    @Param(id()) { id: taskId }: Id,
    @Body(new ZodValidationPipe(draftBody, 'body'))
    body: z.infer<typeof draftBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commands.saveDraft(taskId, body.data, principal);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @JsonBody(completeBody)
  @ApiOperation({
    summary:
      'Complete the task ("Fortsett arbeidsflyt" + "Bekreft"); 409 if already completed',
  })
  complete(
    @Param(id()) { id: taskId }: Id,
    @Body(new ZodValidationPipe(completeBody, 'body'))
    body: z.infer<typeof completeBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commands.complete(taskId, body, principal);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the task; 409 if someone else has it' })
  claim(
    @Param(id()) { id: taskId }: Id,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commands.claim(taskId, principal);
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release the task to its groups' })
  unclaim(
    @Param(id()) { id: taskId }: Id,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commands.unclaim(taskId, principal);
  }

  @Put(':id/assignee')
  @JsonBody(assignBody)
  @ApiOperation({ summary: 'Set or clear the assignee' })
  assign(
    @Param(id()) { id: taskId }: Id,
    @Body(new ZodValidationPipe(assignBody, 'body'))
    body: z.infer<typeof assignBody>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.commands.assign(taskId, body.assignee, principal);
  }
}
