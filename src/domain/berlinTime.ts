// The wall clock of Europe/Berlin for an instant. Publish times are Berlin wall-clock times (HH:mm) and
// the office sits in Germany, so "has 08:00 today already passed?" and "on which day did this brief
// arrive?" are answered in Berlin time, whatever zone the laptop is set to. Intl knows the
// daylight-saving rules, so the switch at the end of March and October needs no code of ours.
// Pure: the instant is a parameter.

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface WallClock {
  /** yyyy-MM-dd */
  day: string;
  /** HH:mm */
  time: string;
}

export function berlinWallClock(ms: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
