// The rule tester: as the user types, fetch the server-rendered results of the query
// (escaped there) and show them; "why not" explains one archived article the same way.
// Nothing here builds HTML from data: the fragments come from the console's templates.
(function () {
  "use strict";
  var form = document.getElementById("tester");
  if (!form) { return; }
  var query = document.getElementById("tester-query");
  var since = document.getElementById("tester-since");
  var results = document.getElementById("tester-results");
  var state = document.getElementById("tester-state");
  var rule = form.getAttribute("data-rule") || "";
  var timer = null;
  var pending = null;

  function params(extra) {
    var p = new URLSearchParams({ query: query.value, rule: rule, since: since.value });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }

  function fetchInto(url, target, onDone) {
    return fetch(url, { credentials: "same-origin", signal: pending ? pending.signal : undefined })
      .then(function (r) { return r.text().then(function (t) { return { ok: r.ok, text: t }; }); })
      .then(function (res) {
        if (res.ok) { target.innerHTML = res.text; }
        if (onDone) { onDone(res.ok); }
      })
      .catch(function () { /* aborted by a newer request, or the network: keep the view */ });
  }

  function run(typing) {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    state.textContent = "testing…";
    document.getElementById("why-query").value = query.value;
    var extra = typing === true ? { typing: "true" } : {};
    fetchInto(form.getAttribute("data-results") + "?" + params(extra), results, function (ok) {
      state.textContent = ok ? "" : "the tester is busy or the query is too long";
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 350);
  }

  query.addEventListener("input", later);
  since.addEventListener("change", function () { run(false); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(false); });

  var why = document.getElementById("why-not");
  var whyOut = document.getElementById("why-output");
  why.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var id = document.getElementById("why-article").value;
    fetch(form.getAttribute("data-why") + "?" + params({ article_id: id }), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { whyOut.innerHTML = html; } })
      .catch(function () { /* keep the last explanation */ });
  });

  var suggestions = document.getElementById("suggestions");
  if (suggestions && suggestions.getAttribute("data-src")) {
    fetch(suggestions.getAttribute("data-src"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { suggestions.innerHTML = html; } })
      .catch(function () { /* the link stays */ });
  }

  if (query.value.trim()) { run(true); }
})();
