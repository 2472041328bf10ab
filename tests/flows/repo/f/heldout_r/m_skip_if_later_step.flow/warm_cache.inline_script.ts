export async function main(dashboards: number[]) {
  return { warmed: dashboards.length }
}
