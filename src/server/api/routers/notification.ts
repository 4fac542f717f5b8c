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
  SetNotificationPreferenceInput,
} from "~/shared/schemas/notification";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** The signed-in person's own notifications and how they want them: nobody else's, ever. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ListNotificationsInput)
    .query(({ ctx, input }) => listNotifications({ ctx, input })),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount({ ctx })),
  markRead: protectedProcedure
    .input(MarkNotificationReadInput)
    .mutation(({ ctx, input }) => markNotificationRead({ ctx, input })),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead({ ctx })),
  preferences: protectedProcedure.query(({ ctx }) => getNotificationPreferences({ ctx })),
  setPreference: protectedProcedure
    .input(SetNotificationPreferenceInput)
    .mutation(({ ctx, input }) => setNotificationPreference({ ctx, input })),
});
