// The evidence view: a place's state over time with the claims that moved it, and every event at
// the place (or one event) with each claim: its source, stance, chain (via), day and document.

import { getJSON } from "./api.js";
import { h, replace } from "./dom.js";
import { describe } from "./states.js";

function side(actor) {
  return actor && actor.side ? h("span", { class: "side", title: "side" }, actor.side) : null;
}

function claimCard(claim, openDocument) {
  const doc = claim.document;
  const via = claim.via.length ? h("div", { class: "via" }, `via ${claim.via.map((a) => a.name).join(" → ")}`) : null;
  return h("div", { class: "claim", dataset: { source: claim.source.id || "" } },
    h("div", { class: "who" },
      h("strong", {}, claim.source.name), side(claim.source),
      h("span", { class: ["stance", claim.stance] }, claim.stance),
      h("span", { class: "muted" }, claim.said_on || "undated"),
      claim.by_publisher ? h("span", { class: "muted" }, "(the outlet's own account)") : null),
    via,
    claim.quote ? h("blockquote", {}, claim.quote) : null,
    h("div", { class: "doc" },
      h("span", {}, doc.label),
      h("button", { type: "button", class: "link-button", dataset: { document: doc.id },
        on: { click: () => openDocument(doc.id, claim.start, claim.end) } }, "open document")));
}

function eventBlock(event, openDocument, onEvent) {
  const places = event.places.map((p) => p.name).join(", ") || "place not said";
  return h("div", { class: "event-block", dataset: { event: event.id } },
    h("h4", {}, h("button", { type: "button", class: "link-button", on: { click: () => onEvent(event.id) } }, event.type),
      ` at ${places}, ${event.first_date || "undated"}`,
      event.last_date && event.last_date !== event.first_date ? ` to ${event.last_date}` : ""),
    h("p", { class: "muted" }, `${event.claims.length} claim(s) from ${event.reports.length} report(s)`),
    event.claims.map((c) => claimCard(c, openDocument)));
}

export class Evidence {
  constructor(panel, { openDocument, onEvent, onPlace }) {
    Object.assign(this, { panel, openDocument, onEvent, onPlace });
  }

  async showPlace(placeId) {
    const data = await getJSON(`/api/places/${encodeURIComponent(placeId)}/evidence`);
    const place = data.place;
    const state = place.state;
    const where = [place.region, place.lat !== null ? `${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}` : null]
      .filter(Boolean).join(" · ");
    replace(this.panel,
      h("h2", { dataset: { place: place.id } }, place.name),
      h("div", { class: "state-line" },
        state ? h("span", { class: ["badge", state.status] }, state.status) : h("span", { class: "badge" }, "no state"),
        h("span", {}, state ? `${state.holder || "unknown side"} ${state.what} since ${state.since || "?"}` : "no territorial claim")),
      h("p", { class: "muted" }, where),
      h("h3", {}, "State over time"),
      data.changes.length ? data.changes.map((change) => h("div", { class: "change" },
        h("div", { class: "state-line" },
          h("span", {}, change.on || "undated"),
          change.previous && change.previous !== change.status ? h("span", { class: "muted" }, `${change.previous} →`) : null,
          h("span", { class: ["badge", change.status] }, change.status),
          h("span", { class: "muted" }, describe(change))),
        change.claims.map((c) => claimCard(c, this.openDocument)))) : h("p", { class: "muted" }, "No change of state."),
      h("h3", {}, "Events and claims"),
      data.events.map((e) => eventBlock(e, this.openDocument, this.onEvent)));
    this.panel.scrollTop = 0;
  }

  async showEvent(eventId) {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    replace(this.panel,
      h("h2", {}, event.type),
      h("p", {}, event.places.map((p) => h("button", { type: "button", class: "link-button", on: { click: () => this.onPlace(p.id) } }, p.name)),
        event.actors.length ? ` · by ${event.actors.map((a) => a.name).join(", ")}` : ""),
      h("p", { class: "muted" }, `${event.first_date || "undated"} · ledger event ${event.id}`),
      h("h3", {}, `Claims (${event.claims.length})`),
      event.claims.map((c) => claimCard(c, this.openDocument)),
      h("h3", {}, "Reported in"),
      h("ul", {}, event.reports.map((r) => h("li", {},
        h("button", { type: "button", class: "link-button", on: { click: () => this.openDocument(r.document.id) } }, r.document.label)))));
    this.panel.scrollTop = 0;
  }
}
