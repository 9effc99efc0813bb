// See components/LiveUpdates.tsx.
(function () {
  "use strict";
  var notice = document.querySelector("[data-live-updates]");
  if (!notice || !window.fetch || !window.DOMParser) return;
  var button, waiting;
  var timer = setInterval(check, 60000);
  // A hidden tab asks nothing.
  document.addEventListener("visibilitychange", check);

  function get(address) {
    return fetch(address, { cache: "no-cache" }).then(function (response) {
      if (response.status == 404) clearInterval(timer);
      if (!response.ok) throw 0;
      return response;
    });
  }

  function missingFrom(page) {
    return waiting.filter(function (update) {
      return !page.getElementById("update-" + update.id);
    });
  }

  function check() {
    if (document.hidden) return;
    get(notice.getAttribute("data-live-updates"))
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        if (data.ended) clearInterval(timer);
        waiting = data.updates;
        var count = missingFrom(document).length;
        if (!count) return;
        if (!button) {
          button = notice.appendChild(document.createElement("button"));
          button.type = "button";
          button.onclick = show;
        }
        var words = count > 1 ? notice.getAttribute("data-new-many").replace("{count}", count.toLocaleString(document.documentElement.lang)) : notice.getAttribute("data-new-one");
        // Rewritten words are announced again.
        if (button.textContent != words) button.textContent = words;
      })
      .catch(function () {});
  }

  function show() {
    if (button.disabled) return;
    button.disabled = true;
    get(location.pathname)
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        // Older than updates.json (a cache, a deploy under way): the offer stays.
        if (missingFrom(page).length) throw 0;
        [".live-label", ".what-we-know", ".live-update-list"].forEach(function (part) {
          var then = page.querySelector(part);
          if (then) document.querySelector(part).replaceWith(document.importNode(then, true));
        });
        button.remove();
        button = 0;
        // Readers go on at the newest.
        var newest = document.querySelector(".live-update");
        newest.tabIndex = -1;
        newest.focus();
      })
      .catch(function () {
        if (button) button.disabled = false;
      });
  }
})();
