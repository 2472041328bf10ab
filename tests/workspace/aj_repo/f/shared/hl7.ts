// HL7 v2 parsing for inbound ORU^R01 messages.
export type Obx = { code: string; value: string; unit: string; flag: string };

export function parseOru(message: string): { patientId: string; results: Obx[] } {
  const segs = message.split("\r").filter(Boolean).map((s) => s.split("|"));
  const pid = segs.find((s) => s[0] === "PID") ?? [];
  return {
    patientId: pid[3] ?? "",
    results: segs.filter((s) => s[0] === "OBX" && s.length > 8).map((s) => ({ code: s[3], value: s[5], unit: s[6], flag: s[8] })),
  };
}

export function controlId(): string {
  return crypto.randomUUID().replace(/-/g, "").slice(0, 20);
}

export function ack(control: string, code = "AA"): string {
  return `MSA|${code}|${control}`;
}
