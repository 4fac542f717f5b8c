/**
 * Writes the TypeScript types of the REST API (`src/generated/api-v1.d.ts`) from the OpenAPI
 * document the server serves. The contract test fails while the committed file differs, so
 * run `npm run api:types` after changing a REST procedure's meta, input or output.
 */
import { writeFileSync } from "node:fs";

import { apiTypesSource } from "../tests/contract/api-types";

writeFileSync("src/generated/api-v1.d.ts", await apiTypesSource());
console.log("wrote src/generated/api-v1.d.ts");
