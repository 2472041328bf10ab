export async function main(a: Base64, b: Email, c: Sql, d: DynSelect_region, e: DynMultiselect_tags, f: Date, g: Date[], h: Base64[], i: Email[]) {}
