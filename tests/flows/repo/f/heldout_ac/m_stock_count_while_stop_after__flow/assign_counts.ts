type Bin = { bin_id: number; aisle: string; shelf: string };

export async function main(bins: Bin[], counters: string[]) {
  const tasks = bins.map((b, i) => ({ ...b, counter: counters[i % counters.length] }));
  console.log(`assigned ${tasks.length} bins to ${counters.length} counters`);
  return { assigned: tasks.length };
}
