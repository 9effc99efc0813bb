// The search page's results (components/SearchPage.tsx): runs the address's ?q= query against the
// Pagefind index the build wrote to /pagefind/, and lists each result's headline, section, date
// and an excerpt with the match marked. The page gives this script its words (data-one, data-many...)
// and the way text is folded for matching (data-folds, data-drops: lib/render/search-text.ts), so
// that a query finds Dari and Pashto however the reader's keyboard typed it.
const root = document.getElementById("search-results");
const status = document.getElementById("search-status");
const list = root && root.querySelector(".search-results");
const input = document.getElementById("search-query");
const query = (new URLSearchParams(location.search).get("q") || "").trim();
// Arabic script: the query is in Dari or Pashto (or another language written in it).
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const RTL_LANGUAGES = ["fa", "prs", "ps", "pbt", "pbu"];
const SHOWN = 20;

// Each replacement is a function's result, taken as it is: a replacement string would read $& or $`
// in the reader's query as patterns.
const words = (template, count) =>
  template.replace("{count}", () => new Intl.NumberFormat(document.documentElement.lang).format(count)).replace("{query}", () => query);

function fold(text) {
  const folds = JSON.parse(root.dataset.folds);
  return text
    .normalize("NFC")
    .replace(new RegExp(root.dataset.drops, "g"), "")
    .replace(/./gu, (character) => folds[character] ?? character);
}

// Pagefind's excerpt is text with <mark> around the matches: read in an inert document, and only
// its text and marks are copied onto the page.
function excerpt(html) {
  const paragraph = document.createElement("p");
  paragraph.className = "search-excerpt";
  for (const node of new DOMParser().parseFromString(html, "text/html").body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else paragraph.append(node.textContent ?? "");
  }
  return paragraph;
}

function result({ url, meta, excerpt: html }) {
  const item = document.createElement("li");
  // Results in Dari, Pashto and English side by side: each one runs in its own direction.
  item.dir = "auto";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  // A merged index's results carry the full address: the link is to the page on this site.
  link.href = new URL(url, location.href).pathname;
  link.textContent = meta.title ?? url;
  heading.append(link);
  const details = document.createElement("p");
  details.className = "search-details";
  details.textContent = [meta.section, meta.date].filter(Boolean).join(" · ");
  item.append(heading, details, excerpt(html));
  return item;
}

// A word's letters as Pagefind matches them: lower case, without accents or punctuation.
const bare = (word) => word.normalize("NFD").toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

// Pagefind answers a word an index lacks with that index's stories of its longest prefix ("4999"
// finds "499"), or, if none, leaves the word out of the query; one whole index does either only when
// none of its stories has a word beginning with the query's. Each shard answers alone: a result
// matched by a prefix, or without one of the words, is dropped when another result matches the
// word, and kept only for the longest prefix when none does. Pagefind does not say which word a
// result matched: the page's text at the places it names does. An English word matches by its stem
// (Snowball's), which keeps it up to its first consonant after a vowel, but a plural's ending, and
// takes off no more than its suffixes (and a doubled letter or an e with them).
const SUFFIX = /(?:ational|tional|ization|fulness|ousness|iveness|ment|ness|ingly|edly|ation|ator|alism|aliti|iviti|biliti|ance|ence|able|ible|ant|ent|ism|ate|iti|ous|ive|ize|ion|ful|ing|eed|ies|ied|ers|er|al|ic|ly|ed|es|s|e|y)$/;
function shortest(term) {
  if (/\d/.test(term) || !/[a-z]/.test(term)) return term.length;
  let rest = term;
  for (let suffix; (suffix = SUFFIX.exec(rest)?.[0]) && rest.length > suffix.length; ) rest = rest.slice(0, -suffix.length);
  const region = /^[^aeiouy]*[aeiouy]+[^aeiouy]/.exec(term)?.[0].length ?? term.length;
  return Math.max(rest.length - 1, region - (/(ies|ied|s)$/.test(term) ? 2 : 0));
}

// For each term, how the result matched it: "" by the word (or a word it begins), by a prefix
// (that prefix), or not at all (undefined).
function matches({ content, weighted_locations: places }, terms) {
  const text = content.split(/[\n\r\t ]+/);
  // A word of several parts (border-traders) is indexed as a whole and as each part.
  const words = places.flatMap(({ location }) => [text[location] ?? "", ...(text[location] ?? "").split(/[^\p{L}\p{N}]+/u)].map(bare).filter(Boolean));
  return terms.map((term) => {
    const least = Math.max(1, Math.min(term.length, shortest(term)));
    let match;
    for (const word of words) {
      if (word.length < least && term.startsWith(word)) match = match === "" || match?.length > word.length ? match : word;
      else if (word.slice(0, least) === term.slice(0, least)) match = "";
    }
    return match;
  });
}

// The results read in order, a page of them at a time, until a page of them is kept: a prefix's
// result further down is counted, not read. Of several words, one a shard has only in stories
// without the others is left out there: a word no result matches is looked up alone.
async function asOneIndex(pagefind, results, terms) {
  const read = [];
  const found = terms.map(() => false);
  const longest = terms.map(() => "");
  const judge = () => {
    for (const { match } of read) match.forEach((how, i) => (how === "" ? (found[i] = true) : how?.length > longest[i].length && (longest[i] = how)));
    return read.filter(({ match }) => match.every((how, i) => (found[i] ? how === "" : !longest[i] || how === longest[i])));
  };
  while (read.length < results.length && judge().length < SHOWN) {
    const page = await Promise.all(results.slice(read.length, read.length + SHOWN).map((hit) => hit.data()));
    read.push(...page.map((data) => ({ data, match: matches(data, terms) })));
  }
  if (terms.length > 1) {
    for (const [i, term] of terms.entries()) {
      if (found[i]) continue;
      const alone = await asOneIndex(pagefind, (await pagefind.search(term)).results, [term]);
      found[i] = alone.found[0];
      if (alone.longest[0].length > longest[i].length) longest[i] = alone.longest[0];
    }
  }
  const kept = judge();
  return { shown: kept.slice(0, SHOWN).map(({ data }) => data), dropped: read.length - kept.length, found, longest };
}

async function search() {
  input.value = query;
  if (!query) return;
  status.textContent = root.dataset.searching;
  // The index is in two shards (scripts/build/search-index.ts): the recent stories, with every
  // language, are the primary index, and the archive is merged into it. The page's own language's
  // index is the primary one, with that language's word rules. Pagefind names an index by the
  // stories' tag (fa-af) and looks for the page's (fa) alone, or else takes the largest: it is told which.
  const [recent, archive] = await Promise.all(["/pagefind/", "/pagefind/archive/"].map(async (folder) => (await fetch(`${folder}pagefind-entry.json`)).json()));
  const codes = Object.keys(recent.languages);
  const lang = document.documentElement.lang.toLowerCase();
  const own = codes.find((code) => code === lang) ?? codes.find((code) => code.split("-")[0] === lang.split("-")[0]);
  if (own) document.documentElement.lang = own;
  const pagefind = await import("/pagefind/pagefind.js");
  // A query in Arabic script also searches the other Dari and Pashto indexes (one per language, as
  // Pagefind writes them); on an edition's own search page (/fa/search/), any query also searches
  // the other languages' stories.
  const editionPage = !/^\/search\/(index\.html)?$/.test(location.pathname);
  const others = ARABIC_SCRIPT.test(query) || editionPage ? codes.filter((code) => code !== own && (editionPage || RTL_LANGUAGES.includes(code.split("-")[0]))) : [];
  // Its address in full: Pagefind skips a merge of the path its primary index already has. Other
  // languages at half the weight, so that of two matches alike, the one in the page's own language comes first.
  for (const language of others) await pagefind.mergeIndex(new URL("/pagefind/", location.href).href, { language, indexWeight: 0.5 });
  for (const language of [own, ...others].filter((code) => code && code in archive.languages)) {
    await pagefind.mergeIndex(new URL("/pagefind/archive/", location.href).href, { language, indexWeight: language === own ? 1 : 0.5 });
  }
  const found = await pagefind.search(fold(query));
  // The count is of every match; the first page of them is fetched and shown.
  const { shown, dropped } = await asOneIndex(pagefind, found.results, fold(query).split(/\s+/).map(bare).filter(Boolean));
  list.replaceChildren(...shown.map(result));
  const count = found.results.length - dropped;
  status.textContent = words(count === 0 ? root.dataset.none : count === 1 ? root.dataset.one : root.dataset.many, count);
}

if (root && status && list && input) {
  search().catch(() => {
    status.textContent = root.dataset.failed;
  });
}
