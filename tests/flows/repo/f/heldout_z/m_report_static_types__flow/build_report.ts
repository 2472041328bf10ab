export async function main(teams: string[], weeks: number, include_forecast: boolean, threshold: number) {
  const rows: string[] = [];
  for (const team of teams) {
    const res = await fetch(`https://metrics.internal/api/kpi?team=${team}&weeks=${weeks}`);
    const kpi = (await res.json()) as { value: number };
    const flag = kpi.value < threshold ? " (below target)" : "";
    rows.push(`<tr><td>${team}</td><td>${kpi.value}${flag}</td></tr>`);
  }
  if (include_forecast) rows.push("<tr><td colspan=2>forecast attached</td></tr>");
  return { html: `<table>${rows.join("")}</table>`, teams: teams.length };
}
