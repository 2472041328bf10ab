import { saveManifest } from "./lib/manifest.ts";
import { taskScript, workflow } from "windmill-client";

const resize = taskScript("./resize.ts");
const watermark = taskScript("./watermark.ts"); // expect: WAC401

export const main = workflow(async (urls: string[]) => { // expect: WAC901
  const out = [];
  for (const url of urls) out.push(await resize({ url, width: 256 }));
  await saveManifest(out); // expect: WAC101
  return await watermark({ images: out });
});
