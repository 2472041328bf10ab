export async function main(loads: Array<{ table: string; loaded: boolean } | null>, failed: number) {
  const ok = loads.filter((l) => l !== null).map((l) => l!.table)
  return { ok, failed }
}
