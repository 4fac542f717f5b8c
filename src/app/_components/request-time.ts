import "server-only";

import { cache } from "react";

/** One clock reading per request, so "3 days ago" is the same in every component and on hydration. */
export const getRequestTime = cache(() => Date.now());
