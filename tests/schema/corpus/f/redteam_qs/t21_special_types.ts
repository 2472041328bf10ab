export async function main(
  b: Base64,
  e: Email,
  s: Sql,
  d: DynSelect_region,
  m: DynMultiselect_tags,
  f: wmill.S3Object,
  o: S3Object,
) {
  return b;
}
