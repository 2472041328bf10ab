export function stamp(): number {
  return Date.now();
}

export function label(name: string): string {
  return name.trim().toLowerCase();
}

export default { stamp, label };

export async function main() {
  return label(" Clock ");
}
