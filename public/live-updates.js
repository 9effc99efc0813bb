// New updates on an open live page, without a reload (components/LiveUpdates.tsx says when it is
// loaded). Each minute it reads the story's updates.json; updates the page lacks are offered in
// the polite live region, and shown by fetching the page again and taking its updates, summary
// and label, so readers see what the build wrote. Both are the site's own: connect-src 'self'.
(function () {
  "use strict";
  var notice = document.querySelector("[data-live-updates]");
  if (!notice || !window.fetch || !window.DOMParser) return;
  var button;
  var timer = setInterval(check, 60000);

  function get(address) {
    return fetch(address, { cache: "no-cache" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response;
    });
  }

  function check() {
    get(notice.getAttribute("data-live-updates"))
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        var count = data.updates.filter(function (update) {
          return !document.getElementById("update-" + update.id);
        }).length;
        if (data.ended) clearInterval(timer);
        if (!count) return;
        if (!button) {
          button = notice.appendChild(document.createElement("button"));
          button.type = "button";
          button.onclick = show;
        }
        var words = count > 1 ? notice.getAttribute("data-new-many").replace("{count}", count) : notice.getAttribute("data-new-one");
        // Words written again would be announced again.
        if (button.textContent != words) button.textContent = words;
      })
      .catch(function () {});
  }

  function show() {
    get(location.pathname)
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        [".live-label", ".what-we-know", ".live-update-list"].forEach(function (part) {
          var then = page.querySelector(part);
          if (then) document.querySelector(part).replaceWith(document.importNode(then, true));
        });
        button.remove();
        button = 0;
        // Keyboard and screen reader users go on reading at the newest update.
        var newest = document.querySelector(".live-update");
        newest.tabIndex = -1;
        newest.focus();
      })
      .catch(function () {});
  }
})();
