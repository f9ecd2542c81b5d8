// Refresh an element from its data-refresh URL every data-every seconds (the overview).
// The server renders the fragment (escaped there); nothing here builds HTML from data.
(function () {
  "use strict";
  document.querySelectorAll("[data-refresh]").forEach(function (el) {
    var every = Math.max(2, parseInt(el.getAttribute("data-every"), 10) || 10) * 1000;
    setInterval(function () {
      if (document.hidden) { return; }
      fetch(el.getAttribute("data-refresh"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) { el.innerHTML = html; } })
        .catch(function () { /* keep the last view; the next tick tries again */ });
    }, every);
  });
})();
