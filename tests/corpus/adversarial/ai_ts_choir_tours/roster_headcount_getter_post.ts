// SDK: windmill-client 1.818.0 client.mjs workflow(): the body runs from the top on each round; reading `roster.headcount` posts to the section leaders' webhook every time, once per round per read
import { task, workflow } from "windmill-client";

type Member = { id: string; voice: "S" | "A" | "T" | "B"; confirmed: boolean };

class Roster {
  constructor(
    private readonly members: Member[],
    private readonly hook: string,
  ) {}

  get headcount(): number {
    const n = this.members.filter((m) => m.confirmed).length;
    void fetch(this.hook, { method: "POST", body: JSON.stringify({ text: `headcount now ${n}` }) });
    return n;
  }

  byVoice(v: Member["voice"]): Member[] {
    return this.members.filter((m) => m.voice === v && m.confirmed);
  }
}

const loadMembers = task(async (choirId: string): Promise<Member[]> => {
  const r = await fetch(`https://roster.choir-tours.example/v1/choirs/${choirId}/members`);
  return (await r.json()) as Member[];
});

const charterCoach = task(async (seats: number, route: string) => {
  const r = await fetch("https://coaches.choir-tours.example/v1/charters", {
    method: "POST",
    body: JSON.stringify({ seats, route }),
  });
  return (await r.json()).charterId as string;
});

export const main = workflow(async (choirId: string, route: string, leadersHook: string) => {
  const roster = new Roster(await loadMembers(choirId), leadersHook);
  const seats = roster.headcount + 4; // expect: WAC101
  const balance = (["S", "A", "T", "B"] as const).map((v) => [v, roster.byVoice(v).length]);
  const charterId = await charterCoach(seats, route);
  return { charterId, seats, balance: Object.fromEntries(balance) };
});
