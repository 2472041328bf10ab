// Accounting lookups (sacct via slurmrestd).
export default class Sacct {
  static async usage(account: string, month: string): Promise<{ su: number }> {
    const res = await fetch(`https://slurm.rcc.example.edu/slurmdb/v0.0.40/usage/${account}?month=${month}`);
    return (await res.json()) as { su: number };
  }

  static fmt(su: number): string {
    return `${(su / 1000).toFixed(1)}k SU`;
  }
}
