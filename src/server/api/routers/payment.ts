import { z } from "zod";

import { env } from "~/env";
import { refreshPayment } from "~/server/domain/money/authenticate-payment";
import { fundMilestone } from "~/server/domain/money/fund-milestone";
import { getBilling, getPayment } from "~/server/domain/money/get-billing";
import { getEarnings } from "~/server/domain/money/get-earnings";
import { getReceipt } from "~/server/domain/money/get-receipt";
import { listTransactions } from "~/server/domain/money/list-transactions";
import { refreshPayoutAccount, startPayoutOnboarding } from "~/server/domain/money/payout-account";
import { requestPayout } from "~/server/domain/money/request-payout";
import { removeCard, saveCard } from "~/server/domain/money/save-card";
import {
  AuthenticatePaymentInput,
  FundMilestoneInput,
  EarningsOutput,
  InvoiceByIdInput,
  InvoiceOutput,
  TransactionsOutput,
  PaymentByIdInput,
  SaveCardInput,
  TransactionsInput,
  WithdrawInput,
} from "~/shared/schemas/money";
import {
  clientProcedure,
  createTRPCRouter,
  freelancerProcedure,
  protectedProcedure,
} from "../trpc";

const origin = () => env.APP_URL ?? "http://localhost:3000";

/** Money: funding milestones, billing, earnings, withdrawals and receipts. Each reads only the actor's own. */
export const paymentRouter = createTRPCRouter({
  fundMilestone: protectedProcedure
    .meta({ idempotent: true })
    .input(FundMilestoneInput)
    .mutation(({ ctx, input }) => fundMilestone({ ctx, input })),
  byId: protectedProcedure
    .input(PaymentByIdInput)
    .query(({ ctx, input }) => getPayment({ ctx, input })),
  /** Reads a payment again after the person authenticated with their bank. */
  refresh: protectedProcedure
    .input(PaymentByIdInput)
    .mutation(({ ctx, input }) => refreshPayment({ ctx, input })),
  /** The sandbox's stand-in for a bank's authentication page. */
  authenticate: protectedProcedure
    .input(AuthenticatePaymentInput)
    .mutation(({ ctx, input }) => refreshPayment({ ctx, input })),
  billing: clientProcedure.query(({ ctx }) => getBilling({ ctx })),
  saveCard: clientProcedure
    .input(SaveCardInput)
    .mutation(({ ctx, input }) => saveCard({ ctx, input })),
  removeCard: clientProcedure.mutation(({ ctx }) => removeCard({ ctx })),
  receipt: protectedProcedure
    .meta({
      scope: "earnings:read",
      openapi: {
        method: "GET",
        path: "/invoices/{id}",
        tags: ["earnings"],
        summary: "Read a receipt or credit note",
        description:
          "A receipt (a payment) or credit note (a refund), to its issuer and its payer.",
      },
    })
    .input(InvoiceByIdInput)
    .output(InvoiceOutput)
    .query(({ ctx, input }) => getReceipt({ ctx, input })),
  earnings: protectedProcedure
    .meta({
      scope: "earnings:read",
      openapi: {
        method: "GET",
        path: "/me/earnings",
        tags: ["earnings"],
        summary: "Your earnings",
        description:
          "Balances per currency (pending, available, paid out), payout account, payouts.",
      },
    })
    .output(EarningsOutput)
    .query(({ ctx }) => getEarnings({ ctx })),
  transactions: protectedProcedure
    .meta({
      scope: "earnings:read",
      openapi: {
        method: "GET",
        path: "/me/transactions",
        tags: ["earnings"],
        summary: "Your ledger lines",
        description: "Every movement of your money, newest first, a page at a time.",
      },
    })
    .input(TransactionsInput)
    .output(TransactionsOutput)
    .query(({ ctx, input }) => listTransactions({ ctx, input })),
  withdraw: freelancerProcedure
    .meta({ idempotent: true })
    .input(WithdrawInput)
    .mutation(({ ctx, input }) => requestPayout({ ctx, input })),
  startPayoutOnboarding: freelancerProcedure
    .input(z.object({}).strict().optional())
    .mutation(({ ctx }) =>
      startPayoutOnboarding({
        ctx,
        input: {
          returnUrl: `${origin()}/earnings?onboarding=done`,
          refreshUrl: `${origin()}/earnings`,
        },
      }),
    ),
  refreshPayoutAccount: freelancerProcedure.mutation(({ ctx }) => refreshPayoutAccount({ ctx })),
});
