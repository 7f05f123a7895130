/*
 * Warm onthaal — search as you type.
 *
 * No dependencies, no modules, no fetch(): works from file://.
 * Reads the index from window.ONTHAAL_ZOEKINDEX (set by assets/search-index.js):
 *   [{ "t": page title, "s": section title, "u": url relative to the site root,
 *      "x": plain text of the section }, ...]
 * and the path to the site root from <body data-root="...">.
 *
 * Matching is case- and accent-insensitive ("een" finds "één"), every word of
 * the query must occur (AND), hits in titles rank above hits in the text.
 * Index data is only ever put in the page with textContent, never as HTML.
 *
 * DOM used (from the page): #zoekveld (input), #zoekhulp (description),
 * #zoekresultaten (live region: only the short status is written there).
 * DOM added: <ul id="zoeklijst" class="zoek-lijst"> right after #zoekresultaten.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 10;
  var MIN_QUERY = 2;
  var DEBOUNCE_MS = 150;
  var EXCERPT_BEFORE = 60;
  var EXCERPT_LENGTH = 170;

  var COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var WORD_SPLIT = /[\s.,;:!?()\[\]{}"'\u2018\u2019\u201c\u201d\u00ab\u00bb\/\\|<>*+=~`^_\u2013\u2014-]+/;

  /* Lower case, decomposed, combining marks removed: "Ideeën" -> "ideeen". */
  function fold(str) {
    var s = String(str == null ? "" : str);
    if (s.normalize) {
      s = s.normalize("NFD");
    }
    return s.replace(COMBINING, "").toLowerCase();
  }

  /* Fold a string character by character and remember, for every folded
     character, where it came from, so a hit can be mapped back to the
     original text for the excerpt. */
  function foldWithMap(str) {
    var out = "";
    var map = [];
    var i = 0;
    while (i < str.length) {
      var code = str.charCodeAt(i);
      var len = code >= 0xd800 && code <= 0xdbff && i + 1 < str.length ? 2 : 1;
      var piece = fold(str.substr(i, len));
      for (var k = 0; k < piece.length; k++) {
        map.push(i);
      }
      out += piece;
      i += len;
    }
    map.push(str.length);
    return { text: out, map: map };
  }

  function queryWords(query) {
    var parts = fold(query).split(WORD_SPLIT);
    var seen = {};
    var words = [];
    for (var i = 0; i < parts.length; i++) {
      var w = parts[i];
      if (w && !Object.prototype.hasOwnProperty.call(seen, w)) {
        seen[w] = true;
        words.push(w);
      }
    }
    return words;
  }

  function isWordStart(text, pos) {
    if (pos === 0) {
      return true;
    }
    return !/[0-9a-z\u00c0-\u024f]/.test(text.charAt(pos - 1));
  }

  /* How well word w occurs in folded text t: 0 not at all, 1 inside a word,
     2 at the start of a word. */
  function matchKind(t, w) {
    var pos = t.indexOf(w);
    if (pos < 0) {
      return 0;
    }
    while (pos >= 0) {
      if (isWordStart(t, pos)) {
        return 2;
      }
      pos = t.indexOf(w, pos + 1);
    }
    return 1;
  }

  function init() {
    var input = document.getElementById("zoekveld");
    var status = document.getElementById("zoekresultaten");
    if (!input || !status) {
      return;
    }
    var help = document.getElementById("zoekhulp");
    var body = document.body;
    var root = (body && body.dataset && body.dataset.root) || "";
    var raw = window.ONTHAAL_ZOEKINDEX;

    if (!raw || typeof raw.length !== "number") {
      input.disabled = true;
      input.setAttribute("placeholder", "Zoeken werkt hier niet");
      if (help) {
        help.textContent = "Zoeken werkt hier niet. Gebruik Ctrl+F of de inhoud op de startpagina.";
      }
      return;
    }

    var list = document.createElement("ul");
    list.id = "zoeklijst";
    list.className = "zoek-lijst";
    list.setAttribute("aria-label", "Zoekresultaten");
    list.hidden = true;
    status.parentNode.insertBefore(list, status.nextSibling);
    var controls = (input.getAttribute("aria-controls") || "").split(/\s+/);
    if (controls.indexOf("zoeklijst") < 0) {
      controls.push("zoeklijst");
      input.setAttribute("aria-controls", controls.join(" ").trim());
    }

    var prepared = null;

    function prepare() {
      if (prepared) {
        return prepared;
      }
      prepared = [];
      for (var i = 0; i < raw.length; i++) {
        var e = raw[i];
        if (!e || typeof e !== "object") {
          continue;
        }
        var t = typeof e.t === "string" ? e.t : "";
        var s = typeof e.s === "string" ? e.s : "";
        var u = typeof e.u === "string" ? e.u : "";
        var x = typeof e.x === "string" ? e.x : "";
        if (!u) {
          continue;
        }
        prepared.push({
          order: i,
          t: t,
          s: s,
          u: u,
          x: x,
          ft: fold(t),
          fs: fold(s),
          fx: fold(x)
        });
      }
      return prepared;
    }

    /* Title hits (section title, then page title) rank above text hits;
       a hit at the start of a word ranks above one inside a word. */
    function score(entry, words) {
      var total = 0;
      var titleWords = 0;
      for (var i = 0; i < words.length; i++) {
        var w = words[i];
        var inS = matchKind(entry.fs, w);
        var inT = inS ? 0 : matchKind(entry.ft, w);
        var inX = matchKind(entry.fx, w);
        if (!inS && !inT && !inX) {
          return -1;
        }
        if (inS) {
          total += inS === 2 ? 140 : 100;
          titleWords++;
        } else if (inT) {
          total += inT === 2 ? 90 : 60;
          titleWords++;
        }
        if (inX) {
          total += inX === 2 ? 10 : 4;
          /* a few extra points for repeated mentions, capped */
          var count = 0;
          var from = entry.fx.indexOf(w);
          while (from >= 0 && count < 5) {
            count++;
            from = entry.fx.indexOf(w, from + w.length);
          }
          total += count;
        }
      }
      /* every word in a title beats any mix of text hits */
      if (titleWords === words.length) {
        total += 1000;
      }
      return total;
    }

    function search(words) {
      var entries = prepare();
      var hits = [];
      for (var i = 0; i < entries.length; i++) {
        var sc = score(entries[i], words);
        if (sc >= 0) {
          hits.push({ entry: entries[i], score: sc });
        }
      }
      hits.sort(function (a, b) {
        return b.score - a.score || a.entry.order - b.entry.order;
      });
      return hits;
    }

    /* Append original[from, to) to parent, wrapping the query words in <mark>
       (where they start a word, and the first hit wherever it is).
       Everything goes through text nodes. */
    function appendExcerpt(parent, original, folded, map, from, to, words, firstHit) {
      var ranges = [];
      var ftext = folded;
      for (var i = 0; i < words.length; i++) {
        var w = words[i];
        var pos = ftext.indexOf(w);
        while (pos >= 0) {
          var a = map[pos];
          var b = map[pos + w.length];
          if (b > from && a < to && (pos === firstHit || isWordStart(ftext, pos))) {
            ranges.push([Math.max(a, from), Math.min(b, to)]);
          }
          pos = ftext.indexOf(w, pos + w.length);
        }
      }
      ranges.sort(function (p, q) {
        return p[0] - q[0];
      });
      var merged = [];
      for (var j = 0; j < ranges.length; j++) {
        var last = merged[merged.length - 1];
        if (last && ranges[j][0] <= last[1]) {
          last[1] = Math.max(last[1], ranges[j][1]);
        } else {
          merged.push([ranges[j][0], ranges[j][1]]);
        }
      }
      var cursor = from;
      for (var k = 0; k < merged.length; k++) {
        if (merged[k][0] > cursor) {
          parent.appendChild(document.createTextNode(original.slice(cursor, merged[k][0])));
        }
        var mark = document.createElement("mark");
        mark.textContent = original.slice(merged[k][0], merged[k][1]);
        parent.appendChild(mark);
        cursor = merged[k][1];
      }
      if (cursor < to) {
        parent.appendChild(document.createTextNode(original.slice(cursor, to)));
      }
    }

    function buildExcerpt(entry, words) {
      var text = entry.x.replace(/\s+/g, " ").trim();
      if (!text) {
        return null;
      }
      var f = foldWithMap(text);
      var first = -1;
      for (var i = 0; i < words.length; i++) {
        var p = f.text.indexOf(words[i]);
        if (p >= 0 && (first < 0 || p < first)) {
          first = p;
        }
      }
      var hit = first >= 0 ? f.map[first] : 0;
      var start = Math.max(0, hit - EXCERPT_BEFORE);
      if (start > 0) {
        var space = text.indexOf(" ", start);
        start = space >= 0 && space < hit ? space + 1 : start;
      }
      var end = Math.min(text.length, start + EXCERPT_LENGTH);
      if (end < text.length) {
        var back = text.lastIndexOf(" ", end);
        end = back > hit ? back : end;
      }
      var span = document.createElement("span");
      span.className = "zoek-uittreksel";
      if (start > 0) {
        span.appendChild(document.createTextNode("… "));
      }
      appendExcerpt(span, text, f.text, f.map, start, end, words, first);
      if (end < text.length) {
        span.appendChild(document.createTextNode(" …"));
      }
      return span;
    }

    function clearList() {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      list.hidden = true;
    }

    function setStatus(text) {
      if (status.textContent !== text) {
        status.textContent = text;
      }
    }

    function render(query) {
      var words = queryWords(query);
      var letters = words.join("").length;
      clearList();
      if (!words.length || letters < MIN_QUERY) {
        setStatus("");
        return;
      }
      var hits = search(words);
      if (!hits.length) {
        setStatus("Geen resultaten");
        return;
      }
      var shown = Math.min(hits.length, MAX_RESULTS);
      for (var i = 0; i < shown; i++) {
        var entry = hits[i].entry;
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + entry.u;
        var title = document.createElement("span");
        title.className = "zoek-titel";
        title.textContent = entry.s || entry.t || entry.u;
        a.appendChild(title);
        if (entry.t && entry.s && fold(entry.t) !== fold(entry.s)) {
          var page = document.createElement("span");
          page.className = "zoek-pagina";
          page.textContent = entry.t;
          a.appendChild(page);
        }
        li.appendChild(a);
        var excerpt = buildExcerpt(entry, words);
        if (excerpt) {
          li.appendChild(excerpt);
        }
        list.appendChild(li);
      }
      list.hidden = false;
      var label = hits.length === 1 ? "1 resultaat" : hits.length + " resultaten";
      if (hits.length > shown) {
        label += "; je ziet de eerste " + shown;
      }
      setStatus(label);
    }

    var timer = null;
    var lastQuery = null;

    function schedule() {
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(function () {
        timer = null;
        var q = input.value;
        if (q !== lastQuery) {
          lastQuery = q;
          render(q);
        }
      }, DEBOUNCE_MS);
    }

    /* Run a pending search now (keys that act on the results). */
    function flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (input.value !== lastQuery) {
        lastQuery = input.value;
        render(input.value);
      }
    }

    function reset() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      input.value = "";
      lastQuery = "";
      clearList();
      setStatus("");
    }

    function links() {
      return list.querySelectorAll("a");
    }

    input.addEventListener("input", schedule);
    input.addEventListener("search", schedule);

    input.addEventListener("keydown", function (ev) {
      if (ev.isComposing) {
        return;
      }
      if (ev.key === "Escape" || ev.key === "Esc") {
        if (input.value || !list.hidden || status.textContent) {
          ev.preventDefault();
          reset();
        }
      } else if (ev.key === "ArrowDown" || ev.key === "Down") {
        flush();
        var all = links();
        if (all.length) {
          ev.preventDefault();
          all[0].focus();
        }
      } else if (ev.key === "Enter") {
        flush();
        var first = links()[0];
        if (first) {
          ev.preventDefault();
          window.location.href = first.href;
        }
      }
    });

    list.addEventListener("keydown", function (ev) {
      var all = links();
      var idx = Array.prototype.indexOf.call(all, document.activeElement);
      if (idx < 0) {
        return;
      }
      if (ev.key === "ArrowDown" || ev.key === "Down") {
        ev.preventDefault();
        all[Math.min(idx + 1, all.length - 1)].focus();
      } else if (ev.key === "ArrowUp" || ev.key === "Up") {
        ev.preventDefault();
        if (idx === 0) {
          input.focus();
        } else {
          all[idx - 1].focus();
        }
      } else if (ev.key === "Home") {
        ev.preventDefault();
        all[0].focus();
      } else if (ev.key === "End") {
        ev.preventDefault();
        all[all.length - 1].focus();
      } else if (ev.key === "Escape" || ev.key === "Esc") {
        ev.preventDefault();
        reset();
        input.focus();
      }
    });

    /* A query already in the field (back button, autofill) is searched at once. */
    if (input.value) {
      schedule();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
