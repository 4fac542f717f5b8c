import Stripe from "stripe";
import { describe, expect, it } from "vitest";

import type { ChargeRequest } from "~/server/payments/provider";
import {
  createStripeProvider,
  StripeWebhookSignatureError,
  verifyStripeWebhook,
} from "~/server/payments/stripe";
import { fakeStripe } from "../../helpers/fake-stripe";

/**
 * The Stripe provider against an in-process Stripe (`tests/helpers/fake-stripe.ts`): the real
 * `stripe` client encodes, retries and raises its errors; the fake answers as Stripe's test mode
 * would, idempotency keys included.
 */
function stripeWorld(options: { maxNetworkRetries?: number; timeout?: number } = {}) {
  const fake = fakeStripe();
  const provider = createStripeProvider({
    secretKey: "sk_test_guild",
    httpClient: fake.httpClient,
    maxNetworkRetries: 0,
    ...options,
  });
  return { fake, state: fake.state, provider };
}

const chargeRequest = (overrides: Partial<ChargeRequest> = {}): ChargeRequest => ({
  idempotencyKey: "payment:pay_1",
  amountMinor: 12_500,
  currency: "EUR",
  description: "Milestone 1: wireframes",
  transferGroup: "contract:con_1",
  metadata: { paymentId: "pay_1", contractId: "con_1" },
  ...overrides,
});
const savedVisa = { saved: { customerRef: "cus_client", methodRef: "pm_card_visa" } };

describe("a charge", () => {
  it("on a saved card succeeds off session and names its charge", async () => {
    const { state, provider, fake } = stripeWorld();
    const result = await provider.createCharge(chargeRequest(savedVisa));

    expect(result).toMatchObject({
      status: "succeeded",
      cardLabel: "Visa ending 4242",
      failureMessage: null,
    });
    const intent = state.paymentIntents.get(result.ref)!;
    expect(result.chargeRef).toBe(intent.latest_charge);
    expect(result.chargeRef).toMatch(/^ch_/);
    expect(intent).toMatchObject({
      amount: 12_500,
      currency: "eur",
      customer: "cus_client",
      payment_method: "pm_card_visa",
      transfer_group: "contract:con_1",
      metadata: { paymentId: "pay_1", contractId: "con_1" },
      payment_method_types: ["card"],
    });
    expect(fake.calls.map((call) => call.idempotencyKey)).toEqual(["payment:pay_1"]);
    expect(fake.calls[0]!.params).toMatchObject({ off_session: "true", confirm: "true" });
  });

  it("on a declined saved card answers failed with Stripe's sentence", async () => {
    const { state, provider } = stripeWorld();
    const result = await provider.createCharge(
      chargeRequest({ saved: { customerRef: "cus_client", methodRef: "pm_card_chargeDeclined" } }),
    );

    expect(result).toMatchObject({
      status: "failed",
      failureMessage: "Your card was declined.",
      chargeRef: null,
    });
    expect(state.paymentIntents.get(result.ref)?.status).toBe("requires_payment_method");

    // Nobody is there to answer 3-D Secure: as in the sandbox, the off-session charge fails.
    const unauthenticated = await provider.createCharge(
      chargeRequest({
        idempotencyKey: "payment:pay_2",
        saved: { customerRef: "cus_client", methodRef: "pm_card_authenticationRequired" },
      }),
    );
    expect(unauthenticated).toMatchObject({
      status: "failed",
      failureMessage: "Your card was declined. This transaction requires authentication.",
    });
    expect(unauthenticated.ref).toMatch(/^pi_/);
  });

  it("typed in the browser waits for the card element, then reads back succeeded and saved", async () => {
    const { state, provider } = stripeWorld();
    const started = await provider.createCharge(chargeRequest({ customerRef: "cus_client" }));

    expect(started).toMatchObject({ status: "requires_action", chargeRef: null, cardLabel: null });
    expect(started.clientSecret).toMatch(new RegExp(`^${started.ref}_secret_`));
    expect(state.paymentIntents.get(started.ref)).toMatchObject({
      customer: "cus_client",
      setup_future_usage: "off_session",
    });

    state.confirmInBrowser(started.ref, "pm_card_visa");
    const confirmed = await provider.retrieveCharge(started.ref);
    expect(confirmed).toMatchObject({
      ref: started.ref,
      status: "succeeded",
      cardLabel: "Visa ending 4242",
      savedMethod: {
        customerRef: "cus_client",
        methodRef: "pm_card_visa",
        label: "Visa ending 4242",
      },
    });
    expect(confirmed.chargeRef).toBe(state.paymentIntents.get(started.ref)?.latest_charge);
  });

  it("declined in the browser reads back failed, and one needing 3-D Secure still waits", async () => {
    const { state, provider } = stripeWorld();
    const declined = await provider.createCharge(chargeRequest());
    state.confirmInBrowser(declined.ref, "pm_card_chargeDeclined");
    expect(await provider.retrieveCharge(declined.ref)).toMatchObject({
      status: "failed",
      failureMessage: "Your card was declined.",
    });

    const challenged = await provider.createCharge(
      chargeRequest({ idempotencyKey: "payment:pay_2" }),
    );
    state.confirmInBrowser(challenged.ref, "pm_card_authenticationRequired");
    expect((await provider.retrieveCharge(challenged.ref)).status).toBe("requires_action");
  });

  it("that timed out after Stripe charged is retried by the client and charges once", async () => {
    const { state, provider, fake } = stripeWorld({ maxNetworkRetries: 1, timeout: 200 });
    state.timeoutAfterNextCall();
    const result = await provider.createCharge(chargeRequest(savedVisa));

    expect(result.status).toBe("succeeded");
    expect(state.paymentIntents.size).toBe(1);
    expect(state.charges.size).toBe(1);
    expect(
      fake.calls.map(({ idempotencyKey, replayed }) => ({ idempotencyKey, replayed })),
    ).toEqual([
      { idempotencyKey: "payment:pay_1", replayed: false },
      { idempotencyKey: "payment:pay_1", replayed: true },
    ]);
  });

  it("that timed out with no retries left throws, and the caller's own retry finds the same charge", async () => {
    const { state, provider } = stripeWorld({ maxNetworkRetries: 0, timeout: 100 });
    state.timeoutAfterNextCall();
    await expect(provider.createCharge(chargeRequest(savedVisa))).rejects.toBeInstanceOf(
      Stripe.errors.StripeConnectionError,
    );

    const again = await provider.createCharge(chargeRequest(savedVisa));
    expect(again.status).toBe("succeeded");
    expect([...state.paymentIntents.keys()]).toEqual([again.ref]);
  });

  it("called twice with one idempotency key makes one PaymentIntent; another request under that key is refused", async () => {
    const { state, provider } = stripeWorld();
    const first = await provider.createCharge(chargeRequest(savedVisa));
    const second = await provider.createCharge(chargeRequest(savedVisa));

    expect(second).toEqual(first);
    expect(state.paymentIntents.size).toBe(1);
    await expect(
      provider.createCharge(chargeRequest({ ...savedVisa, amountMinor: 1 })),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe("a refund", () => {
  it("takes part of a charge, then the rest, and no more", async () => {
    const { state, provider } = stripeWorld();
    const charge = await provider.createCharge(chargeRequest(savedVisa));
    const refund = (key: string, amountMinor: number) =>
      provider.refund({ idempotencyKey: key, chargeRef: charge.ref, amountMinor, currency: "EUR" });

    const part = await refund("refund:r1", 5_000);
    expect(part.status).toBe("succeeded");
    expect(await refund("refund:r1", 5_000)).toEqual(part);
    expect(state.charges.get(charge.chargeRef!)).toMatchObject({
      amount_refunded: 5_000,
      refunded: false,
    });

    const rest = await refund("refund:r2", 7_500);
    expect(rest).toMatchObject({ status: "succeeded" });
    expect(rest.ref).not.toBe(part.ref);
    expect(state.charges.get(charge.chargeRef!)).toMatchObject({
      amount_refunded: 12_500,
      refunded: true,
    });
    expect(state.refunds.size).toBe(2);

    await expect(refund("refund:r3", 1)).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
  });
});

describe("a payout", () => {
  it("is a transfer to the connected account, from the charge and in the contract's group", async () => {
    const { state, provider } = stripeWorld();
    const account = await provider.createPayoutAccount({
      id: "usr_freelancer",
      email: "f@example.com",
    });
    state.completeOnboarding(account.accountRef);
    const charge = await provider.createCharge(chargeRequest(savedVisa));

    const payout = await provider.payout({
      idempotencyKey: "payout:po_1",
      accountRef: account.accountRef,
      amountMinor: 11_250,
      currency: "EUR",
      sourceChargeRef: charge.chargeRef,
      transferGroup: "contract:con_1",
    });

    expect(payout).toMatchObject({ status: "paid", failureMessage: null });
    expect(state.transfers.get(payout.ref)).toMatchObject({
      amount: 11_250,
      currency: "eur",
      destination: account.accountRef,
      source_transaction: charge.chargeRef,
      transfer_group: "contract:con_1",
    });
  });

  it("without a payout account answers failed with a sentence and calls nothing", async () => {
    const { provider, fake } = stripeWorld();
    const payout = await provider.payout({
      idempotencyKey: "payout:po_1",
      accountRef: null,
      amountMinor: 100,
      currency: "EUR",
    });
    expect(payout).toMatchObject({
      status: "failed",
      failureMessage: "Connect a payout account first.",
    });
    expect(fake.calls).toEqual([]);
  });
});

describe("a payout account", () => {
  it("is an Express account with transfers requested, onboarded through a link, enabled once finished", async () => {
    const { state, provider, fake } = stripeWorld();
    const user = { id: "usr_freelancer", email: "f@example.com" };
    const created = await provider.createPayoutAccount(user);

    expect(created).toEqual({
      accountRef: expect.stringMatching(/^acct_/) as string,
      detailsSubmitted: false,
      payoutsEnabled: false,
      transfersEnabled: false,
    });
    expect(state.accounts.get(created.accountRef)).toMatchObject({
      type: "express",
      email: "f@example.com",
      metadata: { userId: "usr_freelancer" },
    });
    expect(fake.calls[0]).toMatchObject({
      idempotencyKey: "account:usr_freelancer",
      params: { capabilities: { transfers: { requested: "true" } } },
    });
    expect((await provider.createPayoutAccount(user)).accountRef).toBe(created.accountRef);
    expect(state.accounts.size).toBe(1);

    const url = await provider.onboardingLink(created.accountRef, {
      returnUrl: "https://guild.test/account/payouts?done=1",
      refreshUrl: "https://guild.test/account/payouts?again=1",
    });
    expect(url).toMatch(/^https:\/\/connect\.stripe\.com\//);
    expect(state.accountLinks).toEqual([
      expect.objectContaining({
        account: created.accountRef,
        type: "account_onboarding",
        return_url: "https://guild.test/account/payouts?done=1",
        refresh_url: "https://guild.test/account/payouts?again=1",
      }),
    ]);

    state.completeOnboarding(created.accountRef);
    expect(await provider.retrievePayoutAccount(created.accountRef)).toEqual({
      accountRef: created.accountRef,
      detailsSubmitted: true,
      payoutsEnabled: true,
      transfersEnabled: true,
    });
  });
});

describe("a webhook", () => {
  const secret = "whsec_guild_test_secret";
  const { provider } = stripeWorld();
  const payload = JSON.stringify({
    id: "evt_1",
    object: "event",
    type: "payment_intent.succeeded",
    data: { object: { id: "pi_1", object: "payment_intent", status: "succeeded" } },
  });
  const signature = provider.stripe.webhooks.generateTestHeaderString({ payload, secret });

  it("is accepted with Stripe's signature over the raw body", () => {
    const event = verifyStripeWebhook(provider.stripe, payload, signature, secret);
    expect(event).toMatchObject({ id: "evt_1", type: "payment_intent.succeeded" });
  });

  it("is refused when the body was changed, the secret differs or the header is missing", () => {
    const tampered = payload.replace('"succeeded"}', '"canceled"}');
    expect(tampered).not.toBe(payload);
    expect(() => verifyStripeWebhook(provider.stripe, tampered, signature, secret)).toThrow(
      new StripeWebhookSignatureError("The Stripe-Signature header does not match the body."),
    );
    expect(() => verifyStripeWebhook(provider.stripe, payload, signature, "whsec_another")).toThrow(
      StripeWebhookSignatureError,
    );
    expect(() => verifyStripeWebhook(provider.stripe, payload, null, secret)).toThrow(
      new StripeWebhookSignatureError("The Stripe-Signature header is missing."),
    );
  });
});
