// The OpenAPI document describes request bodies and query parameters by the Zod schemas that check them.
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

function jsonSchemaOf(schema: z.ZodType): SchemaObject {
  const jsonSchema: Record<string, unknown> = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  delete jsonSchema['$schema'];
  return jsonSchema as SchemaObject;
}

/** Describes a JSON request body in the OpenAPI document by the Zod schema that validates it. */
export function JsonBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: jsonSchemaOf(schema) });
}

/** Describes each query parameter in the OpenAPI document by the Zod object schema that validates them. */
export function QueryParameters(schema: z.ZodType): MethodDecorator {
  const { properties = {}, required = [] } = jsonSchemaOf(schema);
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) =>
      ApiQuery({
        name,
        required: required.includes(name),
        schema: property as SchemaObject,
      }),
    ),
  );
}
