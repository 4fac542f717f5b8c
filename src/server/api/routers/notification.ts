import { listNotifications, unreadCount } from "~/server/domain/notification/list-notifications";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "~/server/domain/notification/mark-read";
import {
  getNotificationPreferences,
  setNotificationPreference,
} from "~/server/domain/notification/preferences";
import {
  ListNotificationsInput,
  MarkNotificationReadInput,
  NotificationsPageOutput,
  SetNotificationPreferenceInput,
  UnreadOutput,
} from "~/shared/schemas/notification";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** The signed-in person's own notifications and how they want them: nobody else's, ever. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .meta({
      scope: "notifications:read",
      openapi: {
        method: "GET",
        path: "/me/notifications",
        tags: ["notifications"],
        summary: "List your notifications",
        description: "Newest first, 20 a page; pass `nextCursor` back as `cursor` for the next.",
      },
    })
    .input(ListNotificationsInput)
    .output(NotificationsPageOutput)
    .query(({ ctx, input }) => listNotifications({ ctx, input })),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount({ ctx })),
  markRead: protectedProcedure
    .meta({
      scope: "notifications:write",
      openapi: {
        method: "POST",
        path: "/me/notifications/{id}/read",
        tags: ["notifications"],
        summary: "Mark a notification read",
      },
    })
    .input(MarkNotificationReadInput)
    .output(UnreadOutput)
    .mutation(({ ctx, input }) => markNotificationRead({ ctx, input })),
  markAllRead: protectedProcedure
    .meta({
      scope: "notifications:write",
      openapi: {
        method: "POST",
        path: "/me/notifications/read-all",
        tags: ["notifications"],
        summary: "Mark every notification read",
      },
    })
    .output(UnreadOutput)
    .mutation(({ ctx }) => markAllNotificationsRead({ ctx })),
  preferences: protectedProcedure.query(({ ctx }) => getNotificationPreferences({ ctx })),
  setPreference: protectedProcedure
    .input(SetNotificationPreferenceInput)
    .mutation(({ ctx, input }) => setNotificationPreference({ ctx, input })),
});
