// "Copy link" on article pages. The button is in the HTML but hidden, since only JavaScript can
// copy; this script shows it and makes it work. It is a file of its own, not an inline script
// nor a framework component, so it runs under a Content-Security-Policy of script-src 'self' and
// on pages that carry no framework runtime.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Pages served over plain http have no Clipboard API: the older way still works there.
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.style.position = "fixed";
      field.style.opacity = "0";
      document.body.appendChild(field);
      field.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      document.body.removeChild(field);
      if (copied) resolve();
      else reject(new Error("copy refused"));
    });
  }

  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    var item = button.closest("li") || button;
    item.hidden = false;
    var status;
    button.addEventListener("click", function () {
      if (!status) {
        // Made on first use (not in the HTML), so pages without JavaScript have no empty status.
        status = document.createElement("span");
        status.className = "copy-status";
        status.setAttribute("role", "status");
        item.appendChild(status);
      }
      status.textContent = "";
      var say = function (text) {
        // A beat after clearing, so screen readers announce the same words a second time too.
        setTimeout(function () {
          status.textContent = text;
        }, 50);
      };
      copyText(button.getAttribute("data-copy-link")).then(
        function () {
          say(button.getAttribute("data-copied"));
        },
        function () {
          say(button.getAttribute("data-failed"));
        },
      );
    });
  });
})();
