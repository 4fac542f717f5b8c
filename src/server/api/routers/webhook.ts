import { listMyWebhookEndpoints } from "~/server/domain/webhook/list-endpoints";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
} from "~/server/domain/webhook/manage-endpoints";
import { sendWebhookTestEvent } from "~/server/domain/webhook/send-test-event";
import {
  CreateWebhookInput,
  SetWebhookEnabledInput,
  UpdateWebhookInput,
  WebhookByIdInput,
} from "~/shared/schemas/webhook";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Account → Developer → Webhooks. None has a scope: tokens cannot manage webhooks. */
export const webhookRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listMyWebhookEndpoints({ ctx })),
  create: protectedProcedure
    .input(CreateWebhookInput)
    .mutation(({ ctx, input }) => createWebhookEndpoint({ ctx, input })),
  update: protectedProcedure
    .input(UpdateWebhookInput)
    .mutation(({ ctx, input }) => updateWebhookEndpoint({ ctx, input })),
  rotateSecret: protectedProcedure
    .input(WebhookByIdInput)
    .mutation(({ ctx, input }) => rotateWebhookSecret({ ctx, input })),
  setEnabled: protectedProcedure
    .input(SetWebhookEnabledInput)
    .mutation(({ ctx, input }) => setWebhookEndpointEnabled({ ctx, input })),
  delete: protectedProcedure
    .input(WebhookByIdInput)
    .mutation(({ ctx, input }) => deleteWebhookEndpoint({ ctx, input })),
  sendTest: protectedProcedure
    .input(WebhookByIdInput)
    .mutation(({ ctx, input }) => sendWebhookTestEvent({ ctx, input })),
});
