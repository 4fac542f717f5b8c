import { getClientProfile, getFreelancerProfile } from "~/server/domain/profile/get-public-profile";
import {
  myClientProfile,
  myFreelancerProfile,
  saveClientProfile,
  saveFreelancerProfile,
} from "~/server/domain/profile/save-profile";
import { searchFreelancers } from "~/server/domain/profile/search-freelancers";
import {
  ProfileByIdInput,
  SaveClientProfileInput,
  SaveFreelancerProfileInput,
  SearchFreelancersInput,
} from "~/shared/schemas/profile";
import { clientProcedure, createTRPCRouter, freelancerProcedure, publicProcedure } from "../trpc";

/** Public profiles of freelancers and clients, and each person's own profile form. */
export const profileRouter = createTRPCRouter({
  freelancer: publicProcedure
    .input(ProfileByIdInput)
    .query(({ ctx, input }) => getFreelancerProfile({ ctx, input })),
  client: publicProcedure
    .input(ProfileByIdInput)
    .query(({ ctx, input }) => getClientProfile({ ctx, input })),
  searchFreelancers: publicProcedure
    .input(SearchFreelancersInput)
    .query(({ ctx, input }) => searchFreelancers({ ctx, input })),

  myFreelancer: freelancerProcedure.query(({ ctx }) => myFreelancerProfile({ ctx })),
  saveFreelancer: freelancerProcedure
    .input(SaveFreelancerProfileInput)
    .mutation(({ ctx, input }) => saveFreelancerProfile({ ctx, input })),
  myClient: clientProcedure.query(({ ctx }) => myClientProfile({ ctx })),
  saveClient: clientProcedure
    .input(SaveClientProfileInput)
    .mutation(({ ctx, input }) => saveClientProfile({ ctx, input })),
});
