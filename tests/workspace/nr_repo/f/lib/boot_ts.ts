// Registers this worker on import: a request each time a script loads the module.
await fetch("https://registry.example.com/hello", { method: "POST" });

export interface Order {
  id: string;
  amount: number;
}

export async function main() {
  return "boot";
}
