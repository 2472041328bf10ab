// SDK: windmill-client 1.818.0 client.mjs: launching a browser in the body starts a new process and loads the page again on each replay.
import { chromium } from "playwright";
import { task, workflow } from "windmill-client";

const store = task(async (url: string, title: string) => ({ url, title }));

export const main = workflow(async (url: string) => {
  const browser = await chromium.launch(); // expect: WAC101
  const title = String(browser.version());
  return await store(url, title);
});
