import { expectAccessible } from "./a11y";
import { signUp } from "./sign-in";
import { expect, test } from "./test";

/** A 1×1 PNG: the server sniffs the bytes and resizes them to its square widths. */
function pngBytes() {
  return Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  );
}

test("a freelancer's picture shows in the header and on their profile; a portfolio item shows its picture", async ({
  page,
}, testInfo) => {
  test.slow();
  const email = `pictures-${Date.now()}@guild.test`;
  await signUp(page, {
    email,
    password: "a long and unusual passphrase",
    name: "Pia Picture",
    role: "freelancer",
  });

  // Before any picture: initials, drawn by the avatar route.
  const headerPicture = page.getByRole("banner").locator('img[src^="/api/avatars/"]').first();
  await expect(headerPicture).toBeVisible();
  const initials = await page.request.get((await headerPicture.getAttribute("src"))!);
  expect(initials.headers()["content-type"]).toContain("image/svg+xml");
  expect(await initials.text()).toContain(">PP</text>");

  await page.goto("/account/public-profile");
  await page.getByLabel("Choose a picture").setInputFiles({
    name: "pia.png",
    mimeType: "image/png",
    buffer: pngBytes(),
  });
  await expect(page.getByText("Your photo is saved.")).toBeVisible();
  await expectAccessible(page);

  // Everywhere the avatar route answers with the resized picture now.
  await page.reload();
  const picture = await page.request.get((await headerPicture.getAttribute("src"))!);
  expect(picture.headers()["content-type"]).toBe("image/webp");
  await expect
    .poll(() => headerPicture.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(48);

  // A profile with one portfolio item carrying a picture.
  await page.getByLabel("Headline").fill("Kiosk and booking interfaces");
  await page.getByLabel("Hourly rate").fill("90");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Add portfolio item" }).click();
  await page.getByLabel("Title").last().fill("Museum kiosk");
  await page.getByLabel("Add a picture (optional)").setInputFiles({
    name: "kiosk.png",
    mimeType: "image/png",
    buffer: pngBytes(),
  });
  await expect(page.getByRole("img", { name: "Picture of Museum kiosk" })).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  const userId = (await headerPicture.getAttribute("src"))!.split("/")[3]!.split("?")[0]!;
  await page.goto(`/freelancers/${userId}`);
  await expect(page.getByRole("img", { name: "Museum kiosk" })).toBeVisible();
  await expect
    .poll(() =>
      page
        .getByRole("img", { name: "Museum kiosk" })
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await expectAccessible(page);
  // Pictures for people to look at: the public profile, wide and on a phone, light and dark.
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: testInfo.outputPath(`profile-${width}-${colorScheme}.png`) });
    }
  }
  await expectAccessible(page);
});
