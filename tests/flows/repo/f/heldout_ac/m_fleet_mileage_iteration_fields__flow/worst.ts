export async function main(distances: number[], fuel: number[]) {
  const ratios = distances.map((km, i) => (km > 0 ? (100 * fuel[i]) / km : 0));
  return { worst_l_per_100km: Math.max(0, ...ratios) };
}
