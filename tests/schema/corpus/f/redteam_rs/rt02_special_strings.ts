type DynSelect_region = string;
type DynMultiselect_tags = string[];

export async function region() {
  return [{ value: "eu", label: "EU" }];
}

export async function main(
  payload: Base64,
  to: Email = "ops@example.com",
  q: Sql = "select 1",
  region: DynSelect_region = "eu",
  tags: DynMultiselect_tags = [],
  when: Date = new Date("2024-01-01"),
) {
  return to;
}
