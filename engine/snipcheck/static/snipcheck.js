// Version tabs: remember which interpreters the reader chose and open the
// best matching tab of every snippet on every page.  A tab's label names
// the versions it holds in its classes (snipcheck-v-3-12); its radio input
// is the element whose id the label's "for" holds.
(function () {
  "use strict";
  var KEY = "snipcheck-versions";
  var LABEL = ":scope > label.snipcheck-tab-label";

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
    tabSet.querySelectorAll(LABEL).forEach(function (label) {
      var n = versionsOf(label).filter(function (v) { return wanted.indexOf(v) >= 0; }).length;
      if (n > score) { best = label; score = n; }
    });
    if (best) {
      var input = document.getElementById(best.htmlFor);
      if (input) { input.checked = true; } // no change event: nothing is stored again
    }
  }

  function applyAll(wanted) {
    if (!wanted.length) { return; }
    document.querySelectorAll(".snipcheck-tabs.snipcheck-versions").forEach(function (set) {
      choose(set, wanted);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    applyAll(remembered());
    document.querySelectorAll(".snipcheck-tabs.snipcheck-versions").forEach(function (set) {
      set.querySelectorAll(LABEL).forEach(function (label) {
        var input = document.getElementById(label.htmlFor);
        var wanted = versionsOf(label);
        if (!input || !wanted.length) { return; }
        // "change" comes from a click on the label and from the arrow keys alike.
        input.addEventListener("change", function () {
          if (!input.checked) { return; }
          try { window.localStorage.setItem(KEY, JSON.stringify(wanted)); } catch (e) { /* private mode */ }
          applyAll(wanted);
        });
      });
    });
  });
})();
