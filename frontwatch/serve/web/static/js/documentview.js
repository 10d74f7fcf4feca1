// A document with its statements, cues, event triggers, speakers and places marked in the text,
// like a displaCy entity view. The text is cut at every span boundary; each piece becomes a text
// node inside a <span> whose classes name the spans covering it. Nothing is parsed as HTML.

import { getJSON } from "./api.js";
import { h, replace, safeLink } from "./dom.js";

const LABELS = { statement: "statement", cue: "cue", trigger: "event", speaker: "speaker", place: "place" };
const ENTITY = new Set(["speaker", "place"]);

function pieces(text, spans, focus) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  if (focus) { cuts.add(focus.start); cuts.add(focus.end); }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const focused = focus && focus.start <= start && focus.end >= end;
    const piece = text.slice(start, end);
    if (!covering.length && !focused) {
      out.push(piece);
      continue;
    }
    const classes = covering.map((s) => `hl-${s.label}`);
    if (focused) classes.push("hl-focus");
    const data = {};
    for (const s of covering) data[s.label] = s.ref || "";
    out.push(h("span", { class: classes, dataset: data }, piece));
    // An entity's label follows its last piece, as in displaCy.
    for (const s of covering) {
      if (ENTITY.has(s.label) && s.end === end) out.push(h("span", { class: "hl-label", "aria-hidden": "true" }, LABELS[s.label]));
    }
  }
  return out;
}

function statementList(analysis, names, onStatement) {
  return h("ol", { class: "statements" }, analysis.statements.map((st) => h("li", { dataset: { statement: st.id } },
    h("div", {},
      h("strong", {}, names.get(st.speaker) || st.speaker || "unknown speaker"),
      ` · ${st.kind}`, st.cue ? ` · “${st.cue}”` : "", st.date ? ` · ${st.date}` : "", " ",
      h("button", { type: "button", class: "link-button", on: { click: () => onStatement(st) } }, "show in text")),
    h("div", { class: "quote" }, st.text))));
}

export class DocumentView {
  constructor(panel) {
    this.panel = panel;
  }

  async show(documentId, focus) {
    const doc = await getJSON(`/api/documents/${encodeURIComponent(documentId)}`);
    const analysis = doc.analysis;
    const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
    const textBox = h("div", { class: "doc-text", lang: doc.language || "" }, pieces(doc.text, doc.spans, focus));
    const reveal = (st) => this.focusOn(textBox, doc, { start: st.start, end: st.end });
    replace(this.panel,
      h("div", { class: "doc-head" },
        h("h2", { dataset: { document: String(doc.id) } }, doc.title || doc.name),
        h("p", { class: "muted" }, [doc.source || "unknown outlet", doc.published || "undated", doc.language].filter(Boolean).join(" · ")),
        doc.url ? h("p", {}, safeLink(doc.url)) : null,
        doc.syndicated_of ? h("p", { class: "muted" }, `A syndicated copy of document ${doc.syndicated_of}.`) : null),
      h("div", { class: "legend-row" }, Object.entries(LABELS).map(([key, label]) => h("span", { class: `key-${key}` }, label))),
      textBox,
      h("h3", {}, `Statements (${analysis.statements.length})`),
      statementList(analysis, names, reveal));
    this.panel.scrollTop = 0;
    if (focus) this.scrollToFocus(textBox);
  }

  focusOn(textBox, doc, focus) {
    replace(textBox, pieces(doc.text, doc.spans, focus));
    this.scrollToFocus(textBox);
  }

  scrollToFocus(textBox) {
    const first = textBox.querySelector(".hl-focus");
    if (first) first.scrollIntoView({ block: "center" });
  }
}
