export async function main(payload: { alerts?: Array<{ labels: Record<string, string> }> }) {
  const labels = payload.alerts?.[0]?.labels ?? {}
  return { severity: labels.severity ?? "sev3", title: labels.alertname ?? "unknown" }
}
