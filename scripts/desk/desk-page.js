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

fetch("config.json")
  .then((response) => response.json())
  .then((config) => window.CMS.init({ config }));
