export type Region = "eu" | "us" | "apac";

export interface CatalogRow {
  sku: string;
  region: Region;
  priceCents: number;
  tags: string[];
}

export const REGIONS: Region[] = ["eu", "us", "apac"];


export function indexBySku(rows: CatalogRow[]): Map<string, CatalogRow> {
  return new Map(rows.map((r) => [r.sku, r]));
}

export function indexObject(rows: CatalogRow[]): Record<string, CatalogRow> {
  return Object.fromEntries(rows.map((r) => [r.sku, r]));
}

export function tagSet(rows: CatalogRow[]): Set<string> {
  return new Set(rows.flatMap((r) => r.tags));
}

export function lastUpdated(rows: CatalogRow[]): Date {
  return new Date(Math.max(0, ...rows.map((r) => r.priceCents)));
}
