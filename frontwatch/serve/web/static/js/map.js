// The map: country and oblast outlines from the web data folder (GeoJSON only, no tile server),
// the oblasts holding a claimed place tinted (the front-line region), and each place as a circle
// coloured by its state on the chosen day. Labels and tooltips are DOM nodes built with text.

import { h } from "./dom.js";
import { COLOURS, DECISIVE, MEANING, STATES, stateOn } from "./states.js";

const UKRAINE = [[44.2, 22.0], [52.5, 40.4]];
const FRONT_TINT = "#f6dcc3";
const POINT_KINDS = new Set(["settlement", "feature", "admin2"]);  // countries and oblasts are areas, not points
const MAX_LABELS = 60;

function markerStyle(status, selected) {
  const ring = selected ? 4 : 2;
  if (!status) return { radius: 4, color: "#7a7a7a", weight: 1.5, fillColor: "#ffffff", fillOpacity: 1, opacity: 0.9 };
  if (status === "claimed") {
    return { radius: 8, color: COLOURS.claimed, weight: selected ? 5 : 3.5, fillColor: "#ffffff", fillOpacity: 1, opacity: 1 };
  }
  const radius = DECISIVE.has(status) ? 8 : 6;
  return { radius, color: selected ? "#1f2328" : "#ffffff", weight: ring, fillColor: COLOURS[status], fillOpacity: 1, opacity: 1 };
}

// Point in a GeoJSON (Multi)Polygon, even-odd rule on lon/lat.
function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inGeometry(geometry, x, y) {
  if (!geometry) return false;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => inRing(rings[0], x, y) && !rings.slice(1).some((hole) => inRing(hole, x, y)));
}

function control(L, position, element) {
  const Control = L.Control.extend({ onAdd: () => element });
  L.DomEvent.disableClickPropagation(element);
  return new Control({ position });
}

export class PlaceMap {
  constructor(element, { onPlace }) {
    this.L = window.L;
    this.map = this.L.map(element, { attributionControl: false, minZoom: 3, maxZoom: 13, zoomSnap: 0.25 });
    this.map.fitBounds(UKRAINE);
    this.places = new Map();  // id -> {feature, marker, oblast}
    this.oblasts = [];  // {feature, layer}
    this.onPlace = onPlace;
    this.day = null;
    this.selected = null;
  }

  async loadBase(manifest) {
    const countries = await fetch("/data/countries.geojson").then((r) => (r.ok ? r.json() : null));
    if (countries) {
      this.L.geoJSON(countries, { interactive: false, style: (f) => this.countryStyle(f) }).addTo(this.map);
    }
    const oblasts = manifest.oblasts ? await fetch("/data/oblasts.geojson").then((r) => (r.ok ? r.json() : null)) : null;
    if (oblasts) {
      this.L.geoJSON(oblasts, {
        style: { color: "#8c887f", weight: 0.9, fill: true, fillColor: FRONT_TINT, fillOpacity: 0 },
        onEachFeature: (feature, layer) => {
          const name = (feature.properties.name || "").replace(/ область$/, "");
          layer.bindTooltip(h("span", {}, name), { permanent: true, direction: "center", className: "oblast-label" });
          this.oblasts.push({ feature, layer });
        },
      }).addTo(this.map);
      // Oblast names only once the map is close enough for them to fit.
      const zoomClass = () => this.map.getContainer().classList.toggle("far", this.map.getZoom() < 5.75);
      this.map.on("zoomend", zoomClass);
      zoomClass();
    }
    this.addControls(manifest, Boolean(countries), Boolean(oblasts));
  }

  countryStyle(feature) {
    const ukraine = feature.properties.iso === "UA";
    return {
      color: ukraine ? "#55524c" : "#b3afa6", weight: ukraine ? 1.6 : 0.8,
      fillColor: ukraine ? "#fdfcf9" : "#eceae4", fillOpacity: 1,
    };
  }

  addControls(manifest, hasCountries, hasOblasts) {
    const legend = h("div", { class: "legend", "aria-label": "Legend" },
      STATES.map((s) => h("div", {}, h("span", { class: ["dot", s] }), h("span", {}, `${s}: ${MEANING[s]}`))),
      h("div", {}, h("span", { class: ["dot", "none"] }), h("span", {}, "no claim yet on this day")),
      hasOblasts ? h("div", {}, h("span", { class: "front" }), h("span", {}, "oblast with a claimed place")) : null);
    control(this.L, "bottomleft", legend).addTo(this.map);
    const buttons = h("div", { class: "map-buttons" },
      h("button", { type: "button", on: { click: () => this.fitFront() } }, "Front line"),
      h("button", { type: "button", on: { click: () => this.map.fitBounds(UKRAINE) } }, "Ukraine"));
    control(this.L, "topright", buttons).addTo(this.map);
    const credits = ["Leaflet"];
    if (hasCountries) credits.push((manifest.countries && manifest.countries.attribution) || "Natural Earth");
    if (hasOblasts) credits.push(manifest.oblasts.attribution);
    control(this.L, "bottomright", h("div", { class: "credits" }, credits.join(" · "))).addTo(this.map);
  }

  setPlaces(collection) {
    for (const feature of collection.features) {
      const p = feature.properties;
      if (!feature.geometry || !POINT_KINDS.has(p.kind)) continue;
      const [lon, lat] = feature.geometry.coordinates;
      const marker = this.L.circleMarker([lat, lon], markerStyle(null, false));
      marker.on("click", () => this.onPlace(p.id));
      marker.addTo(this.map);
      // The place id and state on the SVG element: for tests, and for anyone reading the DOM.
      marker.getElement().dataset.place = p.id;
      const oblast = this.oblasts.find((o) => inGeometry(o.feature.geometry, lon, lat)) || null;
      this.places.set(p.id, { feature, marker, oblast, lat, lon });
    }
  }

  label(entry, state) {
    const p = entry.feature.properties;
    const permanent = this.places.size <= MAX_LABELS && Boolean(state);
    const text = h("span", {}, h("strong", {}, p.name), state ? ` · ${state.status}` : "");
    entry.marker.unbindTooltip();
    entry.marker.bindTooltip(text, { permanent, direction: "right", offset: [8, 0], className: permanent ? "place-label" : "" });
  }

  showDay(day) {
    this.day = day;
    const front = new Set();
    for (const [id, entry] of this.places) {
      const state = stateOn(entry.feature.properties.changes, day);
      entry.marker.setStyle(markerStyle(state ? state.status : null, id === this.selected));
      entry.marker.getElement().dataset.status = state ? state.status : "none";
      if (state && DECISIVE.has(state.status)) {
        entry.marker.bringToFront();
        if (entry.oblast) front.add(entry.oblast);
      }
      this.label(entry, state);
    }
    for (const oblast of this.oblasts) {
      const tinted = front.has(oblast);
      oblast.layer.setStyle({ fillOpacity: tinted ? 0.7 : 0, weight: tinted ? 1.4 : 0.9 });
      const label = oblast.layer.getTooltip();
      if (label && label.getElement()) label.getElement().classList.toggle("front", tinted);
    }
  }

  select(id) {
    this.selected = id;
    this.showDay(this.day);
  }

  fitFront(animate = true) {
    const points = [...this.places.values()].filter((e) => {
      const state = stateOn(e.feature.properties.changes, this.day);
      return state && DECISIVE.has(state.status);
    });
    if (!points.length) {
      this.map.fitBounds(UKRAINE, { animate });
      return;
    }
    const lats = points.map((e) => e.lat);
    const lons = points.map((e) => e.lon);
    // At least a few degrees around the places, so the oblasts around them stay in view.
    const pad = (lo, hi, min) => { const c = (lo + hi) / 2; const half = Math.max((hi - lo) / 2 + 0.3, min / 2); return [c - half, c + half]; };
    const [south, north] = pad(Math.min(...lats), Math.max(...lats), 4.6);
    const [west, east] = pad(Math.min(...lons), Math.max(...lons), 7.5);
    this.map.fitBounds([[south, west], [north, east]], { animate });
  }
}
