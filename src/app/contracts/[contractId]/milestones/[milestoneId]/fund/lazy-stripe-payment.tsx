"use client";

import dynamic from "next/dynamic";

/*
 * Stripe's part of the funding page loads only where Stripe takes the cards: the sandbox's
 * pages never download it, nor Stripe.js (which it imports in turn, on the first click).
 */
export const LazyStripePayment = dynamic(
  () => import("./stripe-payment").then((module) => module.StripePayment),
  { ssr: false },
);
