type RegionResult = { bucket: string; moved: number; would_move: number };

export async function main(per_region: RegionResult[], dry_run: boolean) {
  // skipped failures come back as null entries
  const done = per_region.filter((r) => r != null);
  const total = done.reduce((n, r) => n + (dry_run ? r.would_move : r.moved), 0);
  return { regions: done.length, failed: per_region.length - done.length, objects: total, dry_run };
}
