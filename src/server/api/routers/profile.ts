import { getClientProfile, getFreelancerProfile } from "~/server/domain/profile/get-public-profile";
import {
  myClientProfile,
  myFreelancerProfile,
  saveClientProfile,
  saveFreelancerProfile,
} from "~/server/domain/profile/save-profile";
import { searchFreelancers } from "~/server/domain/profile/search-freelancers";
import {
  MyClientProfileOutput,
  MyFreelancerProfileOutput,
  ProfileByIdInput,
  SavedProfileOutput,
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

  myFreelancer: freelancerProcedure
    .meta({
      scope: "profile:read",
      openapi: {
        method: "GET",
        path: "/me/freelancer-profile",
        tags: ["profile"],
        summary: "Your freelancer profile",
        description: "Your profile as you last saved it; null before you have saved one.",
      },
    })
    .output(MyFreelancerProfileOutput)
    .query(({ ctx }) => myFreelancerProfile({ ctx })),
  saveFreelancer: freelancerProcedure
    .meta({
      scope: "profile:write",
      openapi: {
        method: "PUT",
        path: "/me/freelancer-profile",
        tags: ["profile"],
        summary: "Save your freelancer profile",
        description:
          "Replaces the whole profile (skills and portfolio included) with what is sent.",
      },
    })
    .input(SaveFreelancerProfileInput)
    .output(SavedProfileOutput)
    .mutation(({ ctx, input }) => saveFreelancerProfile({ ctx, input })),
  myClient: clientProcedure
    .meta({
      scope: "profile:read",
      openapi: {
        method: "GET",
        path: "/me/client-profile",
        tags: ["profile"],
        summary: "Your client profile",
        description: "Your company profile as you last saved it; null before you have saved one.",
      },
    })
    .output(MyClientProfileOutput)
    .query(({ ctx }) => myClientProfile({ ctx })),
  saveClient: clientProcedure
    .meta({
      scope: "profile:write",
      openapi: {
        method: "PUT",
        path: "/me/client-profile",
        tags: ["profile"],
        summary: "Save your client profile",
        description: "Replaces the company profile with what is sent.",
      },
    })
    .input(SaveClientProfileInput)
    .output(SavedProfileOutput)
    .mutation(({ ctx, input }) => saveClientProfile({ ctx, input })),
});
