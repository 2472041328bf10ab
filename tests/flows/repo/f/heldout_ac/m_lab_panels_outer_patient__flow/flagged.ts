type Run = { run_id: string; panel: string; flagged: boolean };

export async function main(runs: Run[]) {
  return runs.filter((r) => r.flagged).map((r) => r.run_id);
}
