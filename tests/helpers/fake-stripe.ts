import Stripe from "stripe";

/**
 * Stripe's API in the test's own process: the few endpoints Guild calls, answered by
 * `Stripe.createFetchHttpClient(fakeFetch)` so the real client (its form encoding, retries,
 * timeouts and error classes) runs against it. It keeps PaymentIntents, charges, refunds,
 * transfers and Connect accounts in memory and honours `Idempotency-Key` as Stripe does: the
 * same key with the same request replays the first answer; with another request it is a 400.
 *
 * Test cards (Stripe's test PaymentMethods): `pm_card_visa` and `pm_card_mastercard` succeed,
 * `pm_card_chargeDeclined` is declined, `pm_card_authenticationRequired` needs the person
 * (declined off session, `requires_action` otherwise).
 */

type FormValue = string | FormValue[] | { [key: string]: FormValue };
type Params = Record<string, FormValue>;
type Json = Record<string, unknown>;

export interface FakeCall {
  method: string;
  path: string;
  idempotencyKey: string | null;
  params: Params;
  /** The answer came from the idempotency store, not from new work. */
  replayed: boolean;
}

interface Answer {
  status: number;
  body: Json;
}

interface LastPaymentError {
  type: "card_error";
  code: string;
  decline_code?: string;
  message: string;
  charge: string;
  payment_method: { id: string };
}

export interface FakePaymentIntent {
  id: string;
  object: "payment_intent";
  amount: number;
  currency: string;
  status:
    | "requires_payment_method"
    | "requires_confirmation"
    | "requires_action"
    | "succeeded"
    | "canceled";
  client_secret: string;
  customer: string | null;
  payment_method: string | null;
  setup_future_usage: string | null;
  description: string | null;
  transfer_group: string | null;
  metadata: Record<string, string>;
  payment_method_types: string[];
  latest_charge: string | null;
  last_payment_error: LastPaymentError | null;
}

export interface FakeCharge {
  id: string;
  object: "charge";
  amount: number;
  amount_refunded: number;
  currency: string;
  status: "succeeded" | "failed";
  paid: boolean;
  refunded: boolean;
  payment_intent: string;
  transfer_group: string | null;
  payment_method: string;
  payment_method_details: { type: "card"; card: { brand: string; last4: string } };
}

export interface FakeAccount {
  id: string;
  object: "account";
  type: string;
  email: string | null;
  details_submitted: boolean;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  capabilities: { transfers?: "active" | "inactive" | "pending" };
  metadata: Record<string, string>;
}

const testCards: Record<
  string,
  { brand: string; last4: string; outcome: "succeed" | "decline" | "authenticate" }
> = {
  pm_card_visa: { brand: "visa", last4: "4242", outcome: "succeed" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444", outcome: "succeed" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", outcome: "decline" },
  pm_card_authenticationRequired: { brand: "visa", last4: "3184", outcome: "authenticate" },
};

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.message));
  }
}

const invalid = (message: string, param?: string, code?: string) =>
  new StripeApiError(400, { type: "invalid_request_error", message, param, code });
const noSuch = (what: string, id: string, param: string) =>
  new StripeApiError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${what}: '${id}'`,
    param,
  });

export class FakeStripeState {
  readonly paymentIntents = new Map<string, FakePaymentIntent>();
  readonly charges = new Map<string, FakeCharge>();
  readonly refunds = new Map<string, Json>();
  readonly transfers = new Map<string, Json>();
  readonly accounts = new Map<string, FakeAccount>();
  readonly accountLinks: Json[] = [];
  /** Every request the client sent, retries included, in order. */
  readonly calls: FakeCall[] = [];

  private readonly idempotent = new Map<string, { request: string; answer: Answer }>();
  private nextFailure: Answer | null = null;
  private timeoutArmed = false;
  private counter = 0;

  /** The next request does its work and records its answer, then never answers: the client times out. */
  timeoutAfterNextCall(): void {
    this.timeoutArmed = true;
  }

  /** The next request is refused with this error before any work (a 5xx is retried by the client). */
  failNext(status: number, error: { type?: string; message: string; code?: string }): void {
    this.nextFailure = { status, body: { error: { type: "api_error", ...error } } };
  }

  /** The person confirmed the PaymentIntent in the browser (Stripe.js) with this test card. */
  confirmInBrowser(piId: string, paymentMethod: string): FakePaymentIntent {
    const pi = this.paymentIntents.get(piId);
    if (!pi) throw new Error(`The fake has no PaymentIntent ${piId}.`);
    if (pi.status === "succeeded" || pi.status === "canceled") {
      throw new Error(`The PaymentIntent ${piId} is already ${pi.status}.`);
    }
    pi.payment_method = paymentMethod;
    try {
      this.confirm(pi, { offSession: false });
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
    }
    return pi;
  }

  /** The freelancer finished Connect onboarding: transfers and payouts are on. */
  completeOnboarding(accountId: string): FakeAccount {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`The fake has no account ${accountId}.`);
    Object.assign(account, {
      details_submitted: true,
      charges_enabled: true,
      payouts_enabled: true,
      capabilities: { transfers: "active" },
    });
    return account;
  }

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = (init?.method ?? "GET").toUpperCase();
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === "string" ? init.body : "";
    const params = parseForm(method === "GET" ? url.search.slice(1) : body);
    const key = method === "POST" ? headers.get("Idempotency-Key") : null;
    const call: FakeCall = {
      method,
      path: url.pathname,
      idempotencyKey: key,
      params,
      replayed: false,
    };
    this.calls.push(call);

    const answer = this.answer(call, headers, `${method} ${url.pathname} ${body}`);
    if (this.timeoutArmed) {
      this.timeoutArmed = false;
      return hangUntilAborted(init?.signal);
    }
    return Response.json(answer.body, {
      status: answer.status,
      headers: {
        "request-id": `req_${this.nextId()}`,
        ...(call.replayed ? { "idempotent-replayed": "true" } : {}),
      },
    });
  };

  private answer(call: FakeCall, headers: Headers, request: string): Answer {
    if (this.nextFailure) {
      const failure = this.nextFailure;
      this.nextFailure = null;
      return failure;
    }
    if (!headers.get("Authorization")?.startsWith("Bearer sk_")) {
      return errorAnswer(
        new StripeApiError(401, {
          type: "invalid_request_error",
          message: "Invalid API Key provided.",
        }),
      );
    }
    if (call.idempotencyKey) {
      const earlier = this.idempotent.get(call.idempotencyKey);
      if (earlier && earlier.request !== request) {
        return errorAnswer(
          new StripeApiError(400, {
            type: "idempotency_error",
            message:
              "Keys for idempotent requests can only be used with the same parameters they were first used with.",
          }),
        );
      }
      if (earlier) {
        call.replayed = true;
        return earlier.answer;
      }
    }
    let answer: Answer;
    try {
      answer = { status: 200, body: this.route(call) };
    } catch (thrown) {
      if (!(thrown instanceof StripeApiError)) throw thrown;
      answer = errorAnswer(thrown);
    }
    // Like Stripe, only a request that began its work is remembered: a decline is, a refused
    // parameter is not (the caller may fix it and try again with the same key).
    if (call.idempotencyKey && (answer.status === 200 || answer.status === 402)) {
      this.idempotent.set(call.idempotencyKey, { request, answer });
    }
    return answer;
  }

  private route({ method, path, params }: FakeCall): Json {
    const [, version, resource, id, ...rest] = path.split("/");
    const route = `${method} /${resource}${id ? "/:id" : ""}${rest.length ? "/" + rest.join("/") : ""}`;
    if (version !== "v1") throw noSuch("route", path, "path");
    switch (route) {
      case "POST /customers":
        return { id: `cus_${this.nextId()}`, object: "customer", email: params.email ?? null };
      case "POST /payment_intents":
        return this.createPaymentIntent(params);
      case "GET /payment_intents/:id":
        return this.expanded(this.paymentIntent(id!), params);
      case "POST /refunds":
        return this.createRefund(params);
      case "POST /transfers":
        return this.createTransfer(params);
      case "POST /accounts":
        return this.createAccount(params);
      case "GET /accounts/:id":
        return { ...this.account(id!, "id") };
      case "POST /account_links":
        return this.createAccountLink(params);
      default:
        throw new StripeApiError(404, {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${method}: ${path}).`,
        });
    }
  }

  private createPaymentIntent(params: Params): Json {
    const amount = integer(params, "amount");
    const currency = text(params, "currency");
    if (!currency) throw invalid("Missing required param: currency.", "currency");
    const paymentMethod = text(params, "payment_method");
    if (paymentMethod && !testCards[paymentMethod]) {
      throw noSuch("PaymentMethod", paymentMethod, "payment_method");
    }
    const id = `pi_${this.nextId()}`;
    const pi: FakePaymentIntent = {
      id,
      object: "payment_intent",
      amount,
      currency,
      status: paymentMethod ? "requires_confirmation" : "requires_payment_method",
      client_secret: `${id}_secret_${this.nextId()}`,
      customer: text(params, "customer"),
      payment_method: paymentMethod,
      setup_future_usage: text(params, "setup_future_usage"),
      description: text(params, "description"),
      transfer_group: text(params, "transfer_group"),
      metadata: record(params.metadata),
      payment_method_types: list(params.allowed_payment_method_types),
      latest_charge: null,
      last_payment_error: null,
    };
    this.paymentIntents.set(id, pi);
    if (text(params, "confirm") === "true") {
      if (!paymentMethod)
        throw invalid("You must provide a payment_method to confirm.", "payment_method");
      this.confirm(pi, { offSession: text(params, "off_session") === "true" });
    }
    return this.expanded(pi, params);
  }

  /** Runs a test card against the PaymentIntent; a decline throws the 402 Stripe answers. */
  private confirm(pi: FakePaymentIntent, { offSession }: { offSession: boolean }): void {
    const card = testCards[pi.payment_method!];
    if (!card) throw noSuch("PaymentMethod", pi.payment_method!, "payment_method");
    if (card.outcome === "authenticate" && !offSession) {
      pi.status = "requires_action";
      return;
    }
    const succeeded = card.outcome === "succeed";
    const charge: FakeCharge = {
      id: `ch_${this.nextId()}`,
      object: "charge",
      amount: pi.amount,
      amount_refunded: 0,
      currency: pi.currency,
      status: succeeded ? "succeeded" : "failed",
      paid: succeeded,
      refunded: false,
      payment_intent: pi.id,
      transfer_group: pi.transfer_group,
      payment_method: pi.payment_method!,
      payment_method_details: { type: "card", card: { brand: card.brand, last4: card.last4 } },
    };
    this.charges.set(charge.id, charge);
    pi.latest_charge = charge.id;
    if (succeeded) {
      pi.status = "succeeded";
      pi.last_payment_error = null;
      return;
    }
    const declined: LastPaymentError =
      card.outcome === "decline"
        ? {
            type: "card_error",
            code: "card_declined",
            decline_code: "generic_decline",
            message: "Your card was declined.",
            charge: charge.id,
            payment_method: { id: pi.payment_method! },
          }
        : {
            type: "card_error",
            code: "authentication_required",
            decline_code: "authentication_required",
            message: "Your card was declined. This transaction requires authentication.",
            charge: charge.id,
            payment_method: { id: pi.payment_method! },
          };
    pi.status = "requires_payment_method";
    pi.last_payment_error = declined;
    throw new StripeApiError(402, { ...declined, payment_intent: { ...pi } });
  }

  private createRefund(params: Params): Json {
    const piId = text(params, "payment_intent");
    if (!piId) throw invalid("One of `charge` or `payment_intent` is required.", "payment_intent");
    const pi = this.paymentIntent(piId, "payment_intent");
    const charge = pi.latest_charge ? this.charges.get(pi.latest_charge) : undefined;
    if (pi.status !== "succeeded" || !charge) {
      throw invalid(
        `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`,
        "payment_intent",
      );
    }
    const left = charge.amount - charge.amount_refunded;
    const amount = params.amount === undefined ? left : integer(params, "amount");
    if (left === 0)
      throw invalid(
        `Charge ${charge.id} has already been refunded.`,
        undefined,
        "charge_already_refunded",
      );
    if (amount > left) {
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        "amount",
        "amount_too_large",
      );
    }
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    const refund = {
      id: `re_${this.nextId()}`,
      object: "refund",
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: pi.id,
      status: "succeeded",
      metadata: record(params.metadata),
    };
    this.refunds.set(refund.id, refund);
    return refund;
  }

  private createTransfer(params: Params): Json {
    const amount = integer(params, "amount");
    const currency = text(params, "currency");
    const destination = text(params, "destination");
    if (!currency || !destination)
      throw invalid("Missing required param: destination.", "destination");
    const account = this.account(destination, "destination");
    if (account.capabilities.transfers !== "active") {
      throw invalid(
        "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
        "destination",
      );
    }
    const source = text(params, "source_transaction");
    if (source && !this.charges.has(source)) throw noSuch("charge", source, "source_transaction");
    const transfer = {
      id: `tr_${this.nextId()}`,
      object: "transfer",
      amount,
      currency,
      destination,
      source_transaction: source,
      transfer_group: text(params, "transfer_group"),
      reversed: false,
      metadata: record(params.metadata),
    };
    this.transfers.set(transfer.id, transfer);
    return transfer;
  }

  private createAccount(params: Params): Json {
    const capabilities = params.capabilities;
    const requested =
      typeof capabilities === "object" && !Array.isArray(capabilities) && capabilities.transfers;
    const account: FakeAccount = {
      id: `acct_${this.nextId()}`,
      object: "account",
      type: text(params, "type") ?? "standard",
      email: text(params, "email"),
      details_submitted: false,
      charges_enabled: false,
      payouts_enabled: false,
      capabilities: requested ? { transfers: "inactive" } : {},
      metadata: record(params.metadata),
    };
    this.accounts.set(account.id, account);
    return { ...account };
  }

  private createAccountLink(params: Params): Json {
    const account = this.account(text(params, "account") ?? "", "account");
    for (const name of ["return_url", "refresh_url", "type"]) {
      if (!text(params, name)) throw invalid(`Missing required param: ${name}.`, name);
    }
    const link = {
      object: "account_link",
      url: `https://connect.stripe.com/setup/e/${account.id}/${this.nextId()}`,
      account: account.id,
      return_url: text(params, "return_url"),
      refresh_url: text(params, "refresh_url"),
      type: text(params, "type"),
      created: Math.floor(Date.now() / 1000),
      expires_at: Math.floor(Date.now() / 1000) + 300,
    };
    this.accountLinks.push(link);
    return link;
  }

  private paymentIntent(id: string, param = "id"): FakePaymentIntent {
    const pi = this.paymentIntents.get(id);
    if (!pi) throw noSuch("payment_intent", id, param);
    return pi;
  }

  private account(id: string, param: string): FakeAccount {
    const account = this.accounts.get(id);
    if (!account) throw noSuch("account", id, param);
    return account;
  }

  /** A copy of the PaymentIntent, with `latest_charge` expanded when the request asked. */
  private expanded(pi: FakePaymentIntent, params: Params): Json {
    const expand = list(params.expand);
    const charge = pi.latest_charge ? this.charges.get(pi.latest_charge) : undefined;
    return {
      ...pi,
      latest_charge: expand.includes("latest_charge") && charge ? { ...charge } : pi.latest_charge,
    };
  }

  private nextId(): string {
    this.counter += 1;
    return `fake${String(this.counter).padStart(6, "0")}`;
  }
}

/** A fake Stripe for one test: hand `httpClient` to `createStripeProvider` or `new Stripe(...)`. */
export function fakeStripe() {
  const state = new FakeStripeState();
  return {
    state,
    calls: state.calls,
    failNext: state.failNext.bind(state),
    httpClient: Stripe.createFetchHttpClient(state.fetch),
  };
}

function errorAnswer(thrown: StripeApiError): Answer {
  return { status: thrown.status, body: { error: thrown.body } };
}

/** Holds the response until the client's timeout aborts it, as a request lost on the way back would. */
function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return reject(new Error("The fake Stripe dropped the connection."));
    signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

/** `a[b][0]=x&a[c]=y` → `{ a: { b: ["x"], c: "y" } }`, as Stripe reads its form bodies. */
export function parseForm(body: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Record<string, FormValue> = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      node = typeof next === "object" && !Array.isArray(next) ? next : (node[part] = {});
    });
  }
  return arraysFromIndexes(root) as Params;
}

function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(
    ([key, inner]) => [key, arraysFromIndexes(inner)] as const,
  );
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, inner]) => inner);
  }
  return Object.fromEntries(entries);
}

function text(params: Params, name: string): string | null {
  const value = params[name];
  return typeof value === "string" && value !== "" ? value : null;
}

function integer(params: Params, name: string): number {
  const value = text(params, name);
  if (!value || !/^\d+$/.test(value) || Number(value) < 1) {
    throw invalid(`Invalid positive integer: ${name}.`, name);
  }
  return Number(value);
}

function record(value: FormValue | undefined): Record<string, string> {
  if (!value || typeof value === "string" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === "string" ? inner : JSON.stringify(inner),
    ]),
  );
}

function list(value: FormValue | undefined): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}
