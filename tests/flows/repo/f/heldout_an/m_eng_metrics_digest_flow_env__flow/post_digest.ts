export async function main(channel: string, team: string, deploys: number, incidents: number) {
  return { channel, text: `${team}: ${deploys} deploys, ${incidents} incidents this week` };
}
