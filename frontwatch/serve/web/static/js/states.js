// Place states: their order, labels and colours (app.css has the same colours for badges).

export const STATES = ["claimed", "confirmed", "denied", "contested", "reported"];
export const COLOURS = {
  claimed: "#e69f00",
  confirmed: "#c2410c",
  denied: "#0072b2",
  contested: "#a3478f",
  reported: "#8c8c8c",
  none: "#8c8c8c",
};
export const MEANING = {
  claimed: "claimed only by the side it favours",
  confirmed: "corroborated, not disputed",
  denied: "disputed, not corroborated",
  contested: "corroborated and disputed",
  reported: "passed on, unverified",
};
export const DECISIVE = new Set(["claimed", "confirmed", "denied", "contested"]);

// The state on a day: the last change on or before it (changes come in date order).
export function stateOn(changes, day) {
  let found = null;
  for (const change of changes || []) {
    if (day === null || (change.on || "") <= day) found = change;
  }
  return found;
}

export function describe(state) {
  if (!state) return "no claim yet";
  const side = state.holder || "unknown side";
  return `${state.status} (${side} ${state.what})`;
}

// Every day from first to last, inclusive, as ISO strings.
export function daysBetween(first, last) {
  const days = [];
  if (!first || !last) return days;
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (day <= end && days.length < 20000) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}
