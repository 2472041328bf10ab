// slurmrestd calls used by account provisioning.
const SLURMRESTD = "https://slurm.rcc.example.edu/slurmdb/v0.0.40";

export async function addAssociation(user: string, account: string): Promise<void> {
  const res = await fetch(`${SLURMRESTD}/associations`, {
    method: "POST",
    body: JSON.stringify({ associations: [{ user, account, cluster: "greatlakes" }] }),
  });
  if (!res.ok) throw new Error(`association ${user}/${account}: ${res.status}`);
}

export function sbatchHeader(account: string, partition: string): string {
  return `#!/bin/bash\n#SBATCH --account=${account}\n#SBATCH --partition=${partition}\n`;
}
