/* The print page's contents list with page numbers. Chromium prints running headers
   and page numbers (CSS @page margin boxes) but does not fill in target-counter(), so
   just before printing this script lays the page out as it will print: the print
   rules of the (inlined) stylesheet switched on, the body flowed into columns of
   exactly one page each (A4 minus the margins of the @page rule), forced
   page breaks as column breaks, and room for the headers a table repeats on a new
   page. The column a part lands in is its page. Everything is put back afterwards;
   only the numbers in .blz stay. Text can wrap a hair differently on paper than on
   screen, so a number can be one page early or late (the browser test allows that,
   no more). Without script, the list has no numbers. */
(function () {
  "use strict";
  var PX_PER_MM = 96 / 25.4;
  // Keep in step with @page in the stylesheet: A4, margins 18mm 18mm 20mm.
  var WIDTH = Math.floor((210 - 2 * 18) * PX_PER_MM);
  var HEIGHT = Math.floor((297 - 18 - 20) * PX_PER_MM);
  var REM = 16;

  var numbers = document.querySelectorAll(".blz[data-doel]");
  if (!numbers.length) return;

  /* Every @media rule of the stylesheets this page can read (an inlined one). */
  function mediaRules() {
    var found = [];
    function walk(rules) {
      for (var i = 0; i < rules.length; i++) {
        if (rules[i].media && rules[i].cssRules) {
          found.push(rules[i]);
          walk(rules[i].cssRules);
        }
      }
    }
    for (var s = 0; s < document.styleSheets.length; s++) {
      try {
        walk(document.styleSheets[s].cssRules);
      } catch (e) {
        /* a linked sheet on file:// cannot be read; the print page inlines its own */
      }
    }
    return found;
  }

  /* Whether a media query of our stylesheet holds on a printed page. */
  function onPaper(text) {
    return text.split(",").some(function (query) {
      var q = query.trim();
      if (q === "print") return true;
      if (/^screen|prefers-color-scheme:\s*dark|forced-colors/.test(q)) return false;
      var max = /max-width:\s*([\d.]+)rem/.exec(q);
      if (max) return WIDTH <= parseFloat(max[1]) * REM;
      var min = /min-width:\s*([\d.]+)rem/.exec(q);
      if (min) return WIDTH >= parseFloat(min[1]) * REM;
      return window.matchMedia(q).matches;
    });
  }

  /* Puts the header's room above every row that opens a page; true when it moved one. */
  function repeatHeaders(column, padded) {
    var changed = false;
    var tables = document.querySelectorAll("table");
    for (var t = 0; t < tables.length; t++) {
      var head = tables[t].tHead;
      if (!head || !tables[t].tBodies.length) continue;
      var room = head.getBoundingClientRect().height;
      var previous = column(head);
      var rows = tables[t].tBodies[0].rows;
      for (var r = 0; r < rows.length; r++) {
        var row = rows[r];
        var opens = column(row) !== previous && !row.hasAttribute("data-afdruk-kop");
        previous = column(row);
        if (!opens) continue;
        row.setAttribute("data-afdruk-kop", "");
        padded.push([row, "kop"]);
        for (var c = 0; c < row.cells.length; c++) {
          var cell = row.cells[c];
          padded.push([cell, cell.getAttribute("style")]);
          var top = parseFloat(getComputedStyle(cell).paddingTop) || 0;
          cell.style.paddingTop = top + room + "px";
        }
        changed = true;
        break;
      }
    }
    return changed;
  }

  function measure() {
    var rules = mediaRules();
    var saved = rules.map(function (r) {
      return r.media.mediaText;
    });
    rules.forEach(function (r) {
      r.media.mediaText = onPaper(r.media.mediaText) ? "all" : "not all";
    });
    // A forced page break is a column break in the columns that stand for pages.
    var forced = [];
    var all = document.body.getElementsByTagName("*");
    for (var e = 0; e < all.length; e++) {
      var style = getComputedStyle(all[e]);
      if (style.breakBefore === "page" || style.breakAfter === "page") {
        forced.push([all[e], all[e].getAttribute("style")]);
        if (style.breakBefore === "page") all[e].style.breakBefore = "column";
        if (style.breakAfter === "page") all[e].style.breakAfter = "column";
      }
    }
    var body = document.body;
    var flow = document.createElement("div");
    flow.style.cssText =
      "position:absolute;left:0;top:0;width:" + WIDTH + "px;height:" + HEIGHT +
      "px;columns:" + WIDTH + "px 1;column-gap:0;column-fill:auto;";
    var moved = [];
    while (body.firstChild) {
      moved.push(body.firstChild);
      flow.appendChild(body.firstChild);
    }
    body.appendChild(flow);
    var origin = flow.getBoundingClientRect().left;
    var column = function (el) {
      return Math.floor((el.getBoundingClientRect().left - origin + 1) / WIDTH);
    };
    // Printed, a table that runs onto the next page repeats its header there; in
    // columns on screen it does not. Room of the header's height above each row
    // that opens a page stands in for it, until the layout no longer changes.
    var padded = [];
    for (var round = 0; round < 40 && repeatHeaders(column, padded); round++) {
      /* each round lays out again */
    }
    for (var i = 0; i < numbers.length; i++) {
      var target = document.getElementById(numbers[i].getAttribute("data-doel"));
      if (!target) continue;
      var left = target.getBoundingClientRect().left - origin;
      numbers[i].textContent = String(Math.floor((left + 1) / WIDTH) + 1);
    }
    padded.forEach(function (p) {
      if (p[1] === "kop") p[0].removeAttribute("data-afdruk-kop");
      else if (p[1] === null) p[0].removeAttribute("style");
      else p[0].setAttribute("style", p[1]);
    });
    for (var m = 0; m < moved.length; m++) body.appendChild(moved[m]);
    body.removeChild(flow);
    forced.forEach(function (f) {
      if (f[1] === null) f[0].removeAttribute("style");
      else f[0].setAttribute("style", f[1]);
    });
    rules.forEach(function (r, k) {
      r.media.mediaText = saved[k];
    });
  }

  window.addEventListener("beforeprint", measure);
  window.onthaalPaginanummers = measure;
})();
