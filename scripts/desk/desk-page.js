// The desk's page script: starts Decap CMS with the configuration made from the schemas, and lets
// every text field take the direction of what is typed in it. Decap lays its form out left to
// right with no dir (decaporg/decap-cms#1769), so a Dari or Pashto line would have its full stop
// and quotes at the wrong end; dir="auto" on each field, as it appears, puts them right.
const TEXT_FIELDS = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';

function followTheText(root) {
  for (const field of root.querySelectorAll(TEXT_FIELDS)) {
    if (field.getAttribute("dir") !== "auto") field.setAttribute("dir", "auto");
  }
}

new MutationObserver(() => followTheText(document)).observe(document.documentElement, { childList: true, subtree: true });

// The preview pane is a frame of its own, out of the observer's reach: there each paragraph takes
// the direction of its first letters, and starts on that side.
window.CMS.registerPreviewStyle("h1, h2, h3, h4, p, li, blockquote { unicode-bidi: plaintext; text-align: start; }", { raw: true });

// The check's words about the file open in the form, as `npm run check` prints them: asked of the
// desk's server when a file is opened and after each save. What the form holds unsaved is not
// checked until it is saved, so the panel says which version it speaks of.
const checkPanel = document.createElement("details");
checkPanel.id = "the-check";
checkPanel.hidden = true;
checkPanel.style.cssText =
  "position: fixed; bottom: 0; right: 0; z-index: 1000; max-width: 40rem; max-height: 40vh; overflow: auto; margin: 0; padding: 0.5rem 1rem; background: #fff; border: 1px solid #798291; font: 14px/1.4 system-ui, sans-serif; unicode-bidi: plaintext;";
let checking = 0;

async function showCheck(file) {
  const asked = ++checking;
  const answer = await fetch("check", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ path: file }) });
  // The file as the check names it, from the folder the desk runs in.
  const verdict = answer.ok ? await answer.json() : { file, summary: "the check did not answer", problems: [await answer.text()] };
  if (asked !== checking) return;
  const lines = verdict.problems;
  const summary = document.createElement("summary");
  summary.textContent = `npm run check on ${verdict.file}, as last saved: ${verdict.summary}`;
  const list = Object.assign(document.createElement("ul"), { style: "padding-left: 1.25rem" });
  for (const line of lines) list.append(Object.assign(document.createElement("li"), { textContent: line }));
  checkPanel.replaceChildren(summary, list);
  checkPanel.open = lines.length > 0;
  checkPanel.hidden = false;
}

/** The file the address names, `#/collections/<collection>/entries/<slug>`, in a folder collection. */
function openFile(config) {
  const [, name, slug] = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(location.hash) ?? [];
  const collection = config.collections.find((each) => each.name === name && each.folder);
  return collection && `${collection.folder}/${decodeURIComponent(slug)}.${collection.extension}`;
}

// A story's translationKey, with a link for each other language that opens its new version in a
// tab of its own, the key and the language filled in (Decap fills a new entry's fields from the
// address's query). A story with no key yet is given its file's name, to be published with it.
const { h, createClass } = window;
const TranslationControl = createClass({
  render() {
    const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry, field, collection } = this.props;
    const slug = entry.get("slug");
    const own = entry.getIn(["data", "language"]) || "en";
    const key = value || slug;
    const start = (code) => `#/collections/${collection.get("name")}/new?${new URLSearchParams({ translationKey: key, language: code })}`;
    const links = field
      .get("languages")
      .toJS()
      .filter(({ code }) => code !== own)
      .flatMap(({ code, name }) => [" ", h("a", { key: code, href: start(code), target: "_blank", lang: code, onClick: () => value || onChange(slug) }, name)]);
    return h(
      "div",
      {},
      h("input", { type: "text", id: forID, className: classNameWrapper, value: value || "", dir: "auto", onChange: (event) => onChange(event.target.value), onFocus: setActiveStyle, onBlur: setInactiveStyle }),
      h("p", {}, ...(slug ? ["Start a translation:", ...links, " (a new tab; publish this story too if its key was empty)"] : ["Publish the story to start its translations."])),
    );
  },
});
window.CMS.registerWidget("translation", TranslationControl);

// A field typed in and cleared is left out of the file, as one never typed in. Decap leaves out only
// null, and writes a cleared text field as "", which the check refuses ("must not be empty"), as for
// a story's location or translationKey. An object or list item left with nothing in it goes too.
// Decap keeps the entry's data as Immutable collections (Map, List), and writes what preSave returns.
const isCollection = (value) => typeof value === "object" && value !== null && typeof value.toJS === "function";

function withoutEmptyText(value) {
  if (!isCollection(value)) return value;
  const emptied = (inner, key) => isCollection(inner) && inner.size === 0 && value.get(key).size > 0;
  return value.map(withoutEmptyText).filter((inner, key) => inner !== "" && !emptied(inner, key));
}

window.CMS.registerEventListener({ name: "preSave", handler: ({ entry }) => withoutEmptyText(entry.get("data")) });

fetch("config.json")
  .then((response) => response.json())
  .then((config) => {
    window.CMS.init({ config });
    document.body.append(checkPanel);
    const onAddress = () => {
      const file = openFile(config);
      checkPanel.hidden = !file;
      if (file) void showCheck(file);
    };
    window.addEventListener("hashchange", onAddress);
    onAddress();
    window.CMS.registerEventListener({ name: "postSave", handler: ({ entry }) => void showCheck(entry.get("path")) });
  });
