import { z } from "zod";

import "./messages";

/** Shared by the Save buttons and their procedures: no server imports here. */

const entityId = z.string().trim().min(1).max(64);

/** How long one person's saved list may grow (each list is read whole to mark Save buttons). */
export const MAX_SAVED = 500;

/** Saving is a state, not a toggle: the same call twice leaves the same list. */
export const SaveProjectInput = z.object({ projectId: entityId, saved: z.boolean() });
export const SaveFreelancerInput = z.object({ freelancerId: entityId, saved: z.boolean() });
