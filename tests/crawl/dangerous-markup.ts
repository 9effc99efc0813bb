// What in a built page could run script or take the page over, found by parsing it as a browser
// would (jsdom): elements that run, embed or submit anything, event handlers, style, and
// script-capable URLs. The page's own scripts are allowed only as its policy allows them:
// JSON-LD, files from the site, and inline scripts whose hash the Content-Security-Policy lists.
import { JSDOM } from "jsdom";
import { inlineScriptHashes } from "@/scripts/build/host-headers";

// Not <button>: without a form it submits nothing, and the page's own "Copy link" is one. A form
// and its input are the site's own only as the search form: a GET to a search page (/search/, or an
// edition's, /fa/search/) with one search box.
const FORBIDDEN = [
  "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "textarea", "select", "keygen",
  "isindex", "base", "style", "svg", "math", "template", "audio", "video", "source", "marquee", "xmp", "bgsound",
];
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "dynsrc", "lowsrc", "poster", "srcset", "ping"];
// Browsers ignore control characters and spaces in a scheme ("jav\tascript:").
const SCRIPT_URL = /^(javascript|vbscript|data):/i;

const SEARCH_ACTION = /^\/(?:[a-z]{2,3}\/)?search\/$/;
const isSearchForm = (element: Element) =>
  element.matches('form[method="get"]') && SEARCH_ACTION.test(element.getAttribute("action") ?? "") && element.querySelectorAll("input, button").length === 2;
const isSearchBox = (element: Element) => element.matches('input[type="search"][name="q"]') && element.parentElement !== null && isSearchForm(element.parentElement);

/** One line per dangerous thing in the page; `headerPolicy` is the Content-Security-Policy it is served with. */
export function dangerousMarkup(html: string, headerPolicy: string): string[] {
  const { document } = new JSDOM(html).window;
  const problems: string[] = [];
  const metaPolicy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
  // A browser enforces each policy a page has: a script runs only if every one of them lists it.
  const policies = metaPolicy ? [headerPolicy, metaPolicy] : [headerPolicy];
  for (const hash of inlineScriptHashes(html)) if (!policies.every((policy) => policy.includes(hash))) problems.push(`an inline script the policy does not list: ${hash}`);

  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (FORBIDDEN.includes(tag) && !isSearchForm(element) && !isSearchBox(element)) problems.push(`<${tag}>: ${element.outerHTML.slice(0, 120)}`);
    if (tag === "script") {
      const src = element.getAttribute("src");
      if (src !== null && !/^\/(?!\/)/.test(src)) problems.push(`a script from elsewhere: ${src}`);
      if (element.getAttribute("type") === "application/ld+json") JSON.parse(element.textContent ?? "");
    }
    if (tag === "meta" && element.hasAttribute("http-equiv") && element !== document.querySelector('meta[http-equiv="Content-Security-Policy"]')) {
      problems.push(`<meta http-equiv>: ${element.outerHTML}`);
    }
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`an event handler: <${tag} ${name}="${value}">`);
      if (name === "style" || name === "srcdoc") problems.push(`a ${name} attribute: <${tag} ${name}="${value}">`);
      if (URL_ATTRIBUTES.includes(name) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ""))) problems.push(`a script URL: <${tag} ${name}="${value}">`);
    }
  }
  return problems;
}
