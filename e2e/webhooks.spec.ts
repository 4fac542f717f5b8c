import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { expectAccessible } from "./a11y";
import { signUp } from "./sign-in";
import { expect, test } from "./test";

/** What an integrator's receiver checks: one `v1` is the HMAC-SHA256 of `t.body` under the secret. */
function signedBy(secret: string, header: string, body: string) {
  const parts = header.split(",").map((part) => part.split("=") as [string, string]);
  const t = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!(Math.abs(Date.now() / 1000 - t) <= 300)) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return parts.some(
    ([key, value]) =>
      key === "v1" &&
      value.length === expected.length &&
      timingSafeEqual(Buffer.from(value), Buffer.from(expected)),
  );
}

test("a webhook endpoint on this test's loopback server receives a signed test event", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The integrator's receiver. The server under test runs with WEBHOOKS_ALLOW_LOOPBACK=true
  // (playwright.config.ts), the development setting that lets it deliver to loopback.
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/guild`;

  try {
    await signUp(page, {
      role: "client",
      name: "Wren Integrator",
      email: `webhooks-${Date.now()}-${test.info().workerIndex}@guild.test`,
      password: "a long and quiet integration passphrase",
    });
    await page.goto("/account/developer");
    await page.getByRole("link", { name: "Manage webhook endpoints" }).click();
    await expect(page.getByRole("heading", { name: "Add a webhook endpoint" })).toBeVisible();
    await expect(page.getByText("You have no webhook endpoints yet.")).toBeVisible();

    // Refused inline first: no URL and no event chosen.
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Enter the https URL that should receive events")).toBeVisible();
    await expect(page.getByText("Choose at least one event to receive")).toBeVisible();

    await page.getByLabel("Endpoint URL").fill(url);
    await page.getByLabel("A payment of mine goes through (sent to the payer)").check();
    await page.getByLabel("A freelancer sends a proposal on my project").check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const shown = page.getByLabel("Signing secret");
    await expect(shown).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secret = await shown.inputValue();

    const item = page
      .getByRole("list", { name: "Your webhook endpoints" })
      .getByRole("listitem")
      .filter({ hasText: url });
    await expect(item.getByText("2 events")).toBeVisible();
    await item.getByRole("button", { name: /^Send test event/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Test event queued" })).toBeVisible();

    await expect.poll(() => received.length).toBe(1);
    const [request] = received;
    expect(request!.headers["guild-event"]).toBe("webhook.test");
    expect(signedBy(secret, String(request!.headers["guild-signature"]), request!.body)).toBe(true);
    expect(
      signedBy("whsec_not-the-secret", String(request!.headers["guild-signature"]), request!.body),
    ).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({
      type: "webhook.test",
      deliveryId: request!.headers["guild-delivery"],
    });

    // The deliveries list shows the receiver's answer once the job has run.
    const deliveries = item.getByRole("table", { name: /Recent deliveries/ });
    await expect(deliveries.getByRole("cell", { name: "Delivered" })).toBeVisible();
    await expect(deliveries.getByRole("cell", { name: "200", exact: true })).toBeVisible();
    await expectAccessible(page);
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
