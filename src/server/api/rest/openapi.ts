import "server-only";

import { generateOpenApiDocument } from "trpc-to-openapi";

import { appRouter } from "~/server/api/root";
import { REST_BASE } from "./handler";

/** Guild's error envelope (error-envelope.ts), as the document describes every error answer. */
function envelopeSchema(code: string, description: string) {
  return {
    description,
    type: "object",
    properties: {
      error: {
        type: "object",
        properties: {
          code: { type: "string", examples: [code] },
          message: {
            type: "string",
            description: "What went wrong, in words a person can act on.",
          },
          details: {
            type: ["object", "null"],
            properties: {
              fieldErrors: {
                type: "object",
                description: "For BAD_REQUEST: each refused field and why.",
                additionalProperties: { type: "array", items: { type: "string" } },
              },
              missingScope: {
                type: "string",
                description: "For FORBIDDEN: the scope the token lacks.",
              },
            },
          },
          requestId: { type: "string", description: "Quote it to support; it is in the logs." },
          time: { type: "string", format: "date-time" },
        },
        required: ["code", "message", "details", "requestId", "time"],
      },
    },
    required: ["error"],
  };
}

type Generated = ReturnType<typeof generateOpenApiDocument>;
let document: Generated | null = null;

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the same procedures the handler
 * serves (their meta, input and output schemas), so it cannot describe another API. The
 * generator's error schemas are replaced by Guild's envelope, which is what errors really are.
 */
function generated(): Generated {
  if (document) return document;
  const made = generateOpenApiDocument(appRouter, {
    title: "Guild API",
    version: "1.0.0",
    baseUrl: REST_BASE,
    description: [
      "Guild's REST API. Sign every request with a personal access token",
      "(`Authorization: Bearer guild_pat_…`), made under Account → Developer with the scopes",
      "the endpoints need; a token without one is answered 403 naming the missing scope.",
      "Times are ISO 8601 strings, money is integer minor units beside its currency, and",
      "lists page with `cursor`/`nextCursor`. Every error is",
      "`{ error: { code, message, details, requestId, time } }`.",
    ].join(" "),
    tags: ["projects", "proposals", "messages", "notifications"],
  });
  const schemas = made.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.startsWith("error.")) continue;
    const description = (schema as { title?: string }).title ?? name;
    schemas[name] = envelopeSchema(name.slice("error.".length), description) as never;
  }
  // Every write takes an Idempotency-Key (rest/handler.ts), so say so on each.
  for (const item of Object.values(made.paths ?? {}))
    for (const method of ["post", "patch"] as const) {
      const operation = item?.[method];
      if (!operation) continue;
      operation.parameters = [
        ...(operation.parameters ?? []),
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description:
            "Send the same key to retry safely: for 24 hours a repeat with the same body gets the first answer (with `Idempotent-Replayed: true`), another body is refused 422, and a repeat while the first still runs is answered 409.",
          schema: { type: "string", minLength: 1, maxLength: 255 },
        },
      ];
    }
  document = made;
  return made;
}

export function openApiDocument(baseUrl: string) {
  return { ...generated(), servers: [{ url: `${baseUrl}${REST_BASE}` }] };
}
