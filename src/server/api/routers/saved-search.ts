import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  updateSavedSearch,
} from "~/server/domain/saved-search/saved-searches";
import {
  CreateSavedSearchInput,
  SavedSearchIdInput,
  UpdateSavedSearchInput,
} from "~/shared/schemas/saved-search";
import { createTRPCRouter, freelancerProcedure } from "../trpc";

/** A freelancer's saved project searches and their alerts; only they see them. */
export const savedSearchRouter = createTRPCRouter({
  list: freelancerProcedure.query(({ ctx }) => listSavedSearches({ ctx })),
  create: freelancerProcedure
    .input(CreateSavedSearchInput)
    .mutation(({ ctx, input }) => createSavedSearch({ ctx, input })),
  update: freelancerProcedure
    .input(UpdateSavedSearchInput)
    .mutation(({ ctx, input }) => updateSavedSearch({ ctx, input })),
  delete: freelancerProcedure
    .input(SavedSearchIdInput)
    .mutation(({ ctx, input }) => deleteSavedSearch({ ctx, input })),
});
