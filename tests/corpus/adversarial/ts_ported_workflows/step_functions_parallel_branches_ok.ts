// SDK: windmill-client 1.818.0 client.mjs: task calls allocate keys in call order; two async branch helpers started together interleave the same way on every replay (each resolves from the checkpoint in the same microtask order).
import { task, workflow } from "windmill-client";

type Listing = { id: string; title: string; imageUrls: string[] };

const moderateText = task(async (title: string) => {
  const res = await fetch("https://moderation.example.com/text", { method: "POST", body: title });
  return ((await res.json()) as { ok: boolean }).ok;
});

const translateTitle = task(async (title: string, lang: string) => {
  const res = await fetch(`https://translate.example.com/${lang}`, { method: "POST", body: title });
  return await res.text();
});

const moderateImage = task(async (url: string) => {
  const res = await fetch("https://moderation.example.com/image", { method: "POST", body: url });
  return ((await res.json()) as { ok: boolean }).ok;
});

async function textBranch(listing: Listing) {
  const ok = await moderateText(listing.title);
  if (!ok) return { ok, translations: [] as string[] };
  const translations = await Promise.all(["de", "fr"].map((lang) => translateTitle(listing.title, lang)));
  return { ok, translations };
}

async function imageBranch(listing: Listing) {
  const verdicts = await Promise.all(listing.imageUrls.map((u) => moderateImage(u)));
  return verdicts.every(Boolean);
}

// Step Functions: a Parallel state with two branches.
export const main = workflow(async (listing: Listing) => {
  const [text, imagesOk] = await Promise.all([textBranch(listing), imageBranch(listing)]);
  return { id: listing.id, approved: text.ok && imagesOk, translations: text.translations };
});
