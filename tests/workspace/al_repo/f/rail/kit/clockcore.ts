// Local time of the network (Europe/Vienna), as the control centre shows it.
const fmt = new Intl.DateTimeFormat("de-AT", { timeZone: "Europe/Vienna", hour: "2-digit", minute: "2-digit" });

export function nowLocal(): string {
  return fmt.format(new Date());
}

export function localOf(iso: string): string {
  return fmt.format(new Date(iso));
}
