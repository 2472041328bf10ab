import { task } from "windmill-client";
import type { CatalogRow } from "./catalog.ts";
import { indexBySku, indexObject, tagSet } from "./catalog.ts";

const FIXTURE: CatalogRow[] = [
  { sku: "seat", region: "eu", priceCents: 1200, tags: ["core"] },
  { sku: "sso", region: "us", priceCents: 4000, tags: ["addon", "security"] },
];

export const loadIndex = task(async (region: string) => {
  return indexBySku(FIXTURE.filter((r) => r.region === region)); // expect: WAC107
});

export const loadIndexObject = task(async (region: string) => {
  return indexObject(FIXTURE.filter((r) => r.region === region));
});

export const loadTags = task(async (region: string) => {
  return tagSet(FIXTURE.filter((r) => r.region === region)); // expect: WAC107
});

export const loadTagList = task(async (region: string) => {
  return [...tagSet(FIXTURE.filter((r) => r.region === region))].sort();
});
