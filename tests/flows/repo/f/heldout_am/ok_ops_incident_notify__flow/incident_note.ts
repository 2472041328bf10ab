export async function main(service: string, severity: string, alerts: { name: string }[]) {
  const names = alerts.map((a) => a.name).join(", ");
  return `[${severity}] ${service}: ${names}`;
}
