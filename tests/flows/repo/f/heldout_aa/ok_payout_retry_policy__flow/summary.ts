export function main(outcomes: Array<{ seller_id?: string; error?: unknown }>) {
  const failed = outcomes.filter((o) => o && "error" in o).length;
  return { paid: outcomes.length - failed, failed };
}
