import { z } from "zod";

import { API_TOKEN_MAX_DAYS, apiScopes } from "~/shared/api-scopes";
import "./messages";

/** Shared by the Developer page and its procedures: no server imports here. */

export const CreateApiTokenInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Name the token after what will use it" })
    .max(60, { error: "Use at most 60 characters" }),
  scopes: z
    .array(z.enum(apiScopes, { error: "That is not a scope Guild knows" }))
    .min(1, { error: "Choose at least one area the token may read or write" })
    .max(apiScopes.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresInDays: z
    .number({ error: "Choose when the token expires" })
    .int()
    .min(1, { error: "A token lives at least a day" })
    .max(API_TOKEN_MAX_DAYS, { error: "A token lives at most a year" }),
});

export const ApiTokenByIdInput = z.object({ tokenId: z.uuid({ error: "Unknown token" }) });
