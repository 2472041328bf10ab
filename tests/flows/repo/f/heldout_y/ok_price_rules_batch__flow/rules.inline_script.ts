export async function main(category: string) {
  return [
    { id: `${category}-spring`, pct: -10 },
    { id: `${category}-clearance`, pct: -35 },
  ];
}
