export type DynSelect_region = string;

export async function region(filter: string) {
  return [{ value: "eu", label: "Europe" }];
}

export async function main(region: DynSelect_region, tags: DynMultiselect_tags = [], e: Email = "a@b.c", s: Sql = "select 1") {
  return region;
}
