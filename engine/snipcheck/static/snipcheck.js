// Version tabs: remember which interpreters the reader chose and open the
// best matching tab of every snippet on every page.
(function () {
  "use strict";
  var KEY = "snipcheck-versions";

  function versionsOf(label) {
    return Array.prototype.filter
      .call(label.classList, function (c) { return c.indexOf("snipcheck-v-") === 0; })
      .map(function (c) { return c.slice("snipcheck-v-".length); });
  }

  function remembered() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || "[]"); }
    catch (e) { return []; }
  }

  function choose(tabSet, wanted) {
    var best = null, score = 0;
    tabSet.querySelectorAll(":scope > label.sd-tab-label").forEach(function (label) {
      var n = versionsOf(label).filter(function (v) { return wanted.indexOf(v) >= 0; }).length;
      if (n > score) { best = label; score = n; }
    });
    if (best) {
      var input = document.getElementById(best.getAttribute("for"));
      if (input) { input.checked = true; }
    }
  }

  function applyAll(wanted) {
    if (!wanted.length) { return; }
    document.querySelectorAll(".snipcheck-versions").forEach(function (set) { choose(set, wanted); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    applyAll(remembered());
    document.querySelectorAll(".snipcheck-versions > label.sd-tab-label").forEach(function (label) {
      label.addEventListener("click", function () {
        var wanted = versionsOf(label);
        try { window.localStorage.setItem(KEY, JSON.stringify(wanted)); } catch (e) { /* private mode */ }
        applyAll(wanted);
      });
    });
  });
})();
