// The timeline: the ledger's events (reconciled, GET /api/events), filterable by actor, type and
// region, drawn as a strip (one row per family of event types) and listed day by day.

import { getJSON } from "./api.js";
import { h, replace, svg } from "./dom.js";
import { daysBetween } from "./states.js";

const PAGE = 500;
const FAMILIES = [
  ["territory", "#c2410c"], ["attack", "#6f42c1"], ["diplomacy", "#0072b2"], ["exchange", "#1a7f37"],
  ["aid", "#9a6700"], ["policy", "#57606a"],
];

function family(type) {
  return type.split(".")[0];
}

function colour(type) {
  const found = FAMILIES.find(([name]) => name === family(type));
  return found ? found[1] : "#57606a";
}

function stanceSummary(stances) {
  return Object.entries(stances || {}).map(([stance, n]) => `${n} ${stance}`).join(", ");
}

export class Timeline {
  constructor({ form, chart, list, count, onEvent }) {
    Object.assign(this, { form, chart, list, count, onEvent });
    this.form.addEventListener("change", () => this.load());
  }

  async init(meta) {
    const [actors, regions] = await Promise.all([
      getJSON("/api/actors", { limit: 200 }),
      getJSON("/api/regions"),
    ]);
    const options = (name, items) => this.form.elements[name].append(...items.map(([value, label]) => h("option", { value }, label)));
    options("actor", actors.items.filter((a) => a.claims > 0).map((a) => [a.id, a.side ? `${a.name} (${a.side})` : a.name]));
    options("type", meta.event_types.map((t) => [t, t]));
    options("region", regions.items.map((r) => [r.name, `${r.name} (${r.events})`]));
    await this.load();
  }

  params() {
    const data = new FormData(this.form);
    return { actor: data.get("actor"), type: data.get("type"), region: data.get("region"), order: "oldest", limit: PAGE };
  }

  async load() {
    const page = await getJSON("/api/events", this.params());
    this.count.textContent = page.total > page.items.length
      ? `${page.items.length} of ${page.total} events (the first ${PAGE}; narrow the filters)`
      : `${page.total} event${page.total === 1 ? "" : "s"}`;
    this.drawChart(page.items);
    this.drawList(page.items);
  }

  drawChart(events) {
    const dated = events.filter((e) => e.first_date && e.first_date.length === 10);
    if (!dated.length) {
      replace(this.chart);
      return;
    }
    const days = daysBetween(dated[0].first_date, dated[dated.length - 1].first_date);
    const width = 520, row = 16, top = 8, left = 64, right = 10;
    const families = FAMILIES.map(([name]) => name).filter((name) => dated.some((e) => family(e.type) === name));
    const height = top + families.length * row + 22;
    const x = (day) => left + ((width - left - right) * Math.max(0, days.indexOf(day))) / Math.max(1, days.length - 1);
    const stacked = new Map();
    const dots = dated.map((e) => {
      const key = `${family(e.type)}|${e.first_date}`;
      const n = stacked.get(key) || 0;
      stacked.set(key, n + 1);
      const y = top + families.indexOf(family(e.type)) * row + row / 2;
      return svg("circle", { cx: x(e.first_date) + n * 8, cy: y, r: 5, fill: colour(e.type), on: { click: () => this.onEvent(e.id) } },
        svg("title", {}, `${e.first_date} ${e.type}: ${e.places.map((p) => p.name).join(", ")}`));
    });
    const labels = families.map((name, i) => svg("text", { x: 4, y: top + i * row + row / 2 + 3, class: "axis" }, name));
    const axis = [days[0], days[days.length - 1]].map((day, i) =>
      svg("text", { x: i ? width - right : left, y: height - 6, class: "axis", "text-anchor": i ? "end" : "start" }, day));
    replace(this.chart, svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" }, labels, axis, dots));
  }

  drawList(events) {
    replace(this.list, events.map((e) => h("li", {},
      h("button", { type: "button", class: "event-row", dataset: { event: e.id }, on: { click: () => this.onEvent(e.id) } },
        h("span", { class: "when" }, e.first_date || "undated"),
        h("span", { class: "type" }, e.type),
        " ", e.places.map((p) => p.name).join(", ") || "place not said",
        h("span", { class: "meta" },
          [e.actors.length ? `by ${e.actors.map((a) => a.name).join(", ")} · ` : "",
            `${e.claims} claim${e.claims === 1 ? "" : "s"} (${stanceSummary(e.stances)}) in ${e.documents} document${e.documents === 1 ? "" : "s"}`])))));
  }
}
