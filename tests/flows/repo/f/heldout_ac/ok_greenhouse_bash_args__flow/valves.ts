export async function main(gateway: string, water: string[], vent: string[]) {
  for (const device of water) {
    await fetch(`http://${gateway}/valves/${device}/open?seconds=90`, { method: "POST" });
  }
  for (const device of vent) {
    await fetch(`http://${gateway}/vents/${device}/open`, { method: "POST" });
  }
  return { watered: water.length, vented: vent.length };
}
