// Building the page from data. Every string from the ledger goes into the DOM as a text node
// (textContent), never as HTML: a document that contains <script> or <img onerror=...> shows
// those characters and runs nothing. This module is the only place elements are made.

const SVG = "http://www.w3.org/2000/svg";

function append(parent, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    child.forEach((c) => append(parent, c));
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "on") Object.entries(value).forEach(([type, fn]) => el.addEventListener(type, fn));
    else if (key.startsWith("on")) throw new Error(`use {on: {...}} for ${key}`);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

// h("p", {class: "muted"}, "text", child...): an element with attributes and children.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

// A link only for web addresses: a document's URL is untrusted (a script URL must never become a link).
export function safeLink(url, label) {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return url ? h("span", {}, url) : null;
  return h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, label || url);
}
