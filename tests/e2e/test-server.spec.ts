import { expect, test } from "@playwright/test";

test("the test server answers a malformed URL with 400 and keeps serving", async ({ request }) => {
  const bad = await request.get("/%E0%A4%A");
  expect(bad.status()).toBe(400);
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain("<h1");
});
