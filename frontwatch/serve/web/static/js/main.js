// The page: the map with its time slider, and three panels (timeline, evidence, document).
// What is shown is kept in the address (#place=ID, #event=ID, #document=ID&start=N&end=M), so a
// view can be linked and the back button works.

import { ApiError, getJSON, rememberToken } from "./api.js";
import { h, replace } from "./dom.js";
import { DocumentView } from "./documentview.js";
import { Evidence } from "./evidence.js";
import { PlaceMap } from "./map.js";
import { daysBetween } from "./states.js";
import { Timeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const notice = $("notice");

function say(...content) {
  replace(notice, ...content);
  notice.hidden = false;
}

function showError(err) {
  if (err instanceof ApiError && err.body.status === 401) {
    const input = h("input", { type: "password", "aria-label": "API token", autocomplete: "off" });
    const form = h("form", { on: { submit: (e) => { e.preventDefault(); rememberToken(input.value); location.reload(); } } },
      "This ledger is private: token", input, h("button", { type: "submit" }, "Open"));
    say(form);
    return;
  }
  say(err.message || String(err));
}

function selectTab(name) {
  for (const tab of ["timeline", "evidence", "document"]) {
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`panel-${tab}`).hidden = tab !== name;
  }
}

function go(params) {
  location.hash = new URLSearchParams(params).toString();
}

async function route(app) {
  const params = new URLSearchParams(location.hash.slice(1));
  try {
    if (params.get("place")) {
      selectTab("evidence");
      if (app.map) app.map.select(params.get("place"));
      await app.evidence.showPlace(params.get("place"));
    } else if (params.get("event")) {
      selectTab("evidence");
      await app.evidence.showEvent(params.get("event"));
    } else if (params.get("document")) {
      selectTab("document");
      const focus = params.get("start") ? { start: Number(params.get("start")), end: Number(params.get("end")) } : null;
      await app.documents.show(params.get("document"), focus);
    }
  } catch (err) {
    showError(err);
  }
}

function setUpSlider(map, days) {
  const slider = $("day");
  const label = $("day-label");
  const show = () => {
    const day = days.length ? days[Number(slider.value)] : null;
    label.textContent = day || "no dated claims";
    if (map) map.showDay(day);
  };
  slider.max = String(Math.max(0, days.length - 1));
  slider.value = slider.max;
  slider.disabled = days.length < 2;
  slider.addEventListener("input", show);
  $("day-latest").addEventListener("click", () => { slider.value = slider.max; show(); });
  show();
}

async function start() {
  const app = {};
  for (const tab of ["timeline", "evidence", "document"]) $(`tab-${tab}`).addEventListener("click", () => selectTab(tab));
  const openDocument = (id, start, end) => go(start === undefined ? { document: id } : { document: id, start, end });
  const onPlace = (id) => go({ place: id });
  const onEvent = (id) => go({ event: id });
  app.evidence = new Evidence($("panel-evidence"), { openDocument, onEvent, onPlace });
  app.documents = new DocumentView($("panel-document"));
  const [status, meta, places] = await Promise.all([getJSON("/api/status"), getJSON("/api"), getJSON("/api/places.geojson")]);
  const counts = status.ledger;
  $("ledger-summary").textContent = `${counts.documents} documents · ${counts.statements} statements · ${counts.claims} claims · ${places.features.length} places`;
  if (window.L && !status.web.missing.length) {
    app.map = new PlaceMap($("map"), { onPlace });
    await app.map.loadBase(status.web);
    app.map.setPlaces(places);
  } else {
    say("The map's library or outlines are missing: run scripts/setup_web.sh (the timeline and evidence still work).");
  }
  // One day before the first change, so the slider can show the time before any claim.
  const first = status.days.first ? new Date(`${status.days.first}T00:00:00Z`) : null;
  if (first) first.setUTCDate(first.getUTCDate() - 1);
  setUpSlider(app.map, daysBetween(first && first.toISOString().slice(0, 10), status.days.last));
  if (app.map) app.map.fitFront(false);  // no animation: the page is ready when it says so
  app.timeline = new Timeline({ form: $("timeline-filters"), chart: $("timeline-chart"), list: $("timeline-list"),
    count: $("timeline-count"), onEvent });
  await app.timeline.init(meta);
  window.addEventListener("hashchange", () => route(app));
  await route(app);
  document.body.dataset.ready = "true";  // for tests and screenshots: everything has loaded
}

start().catch(showError);
