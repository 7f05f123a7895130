/*
 * Warm onthaal — search as you type.
 *
 * No dependencies, no modules, no fetch(): works from file://.
 * Reads the index from window.ONTHAAL_ZOEKINDEX (set by assets/search-index.js):
 *   [{ "t": page title, "s": section title, "u": url relative to the site root,
 *      "x": plain text of the section }, ...]
 * the words people use from window.ONTHAAL_SYNONIEMEN ({ "racisme": ["Huidskleur",
 * "Afkomst", …] }, from the keywords of the reference data), and the path to the site
 * root from <body data-root="...">.
 *
 * Words are compared the way src/keywords.rs does it for `onthaal route`: lower case,
 * accents off, and the simple Dutch endings taken off ("huurwoningen" finds
 * "huurwoning", "scholen" finds "school"). A word matches the start of a word in the
 * page ("huur" finds "huurder"), or, less strongly, its inside ("verhuurder"). A word
 * that is a keyword also finds the names it stands for ("racisme" finds "huidskleur"),
 * and a compound no page uses is tried as its two parts ("huurwoning" as huur + woning).
 * Every word must match (AND); when no section has them all, the sections with the
 * most of them are shown, and the status says so. All results can be shown.
 * Index data is only ever put in the page with textContent, never as HTML.
 *
 * DOM used (from the page): #zoekveld (input), #zoekhulp (description),
 * #zoekresultaten (live region: only the short status is written there).
 * DOM added: <ul id="zoeklijst" class="zoek-lijst"> right after #zoekresultaten.
 */
(function () {
  "use strict";

  var FIRST_RESULTS = 10;
  var MIN_QUERY = 2;
  var DEBOUNCE_MS = 150;
  var EXCERPT_WORDS = 28;

  var ACCENTS = { "æ": "ae", "œ": "oe", "ø": "o", "ß": "ss" };
  var STOPWORDS = ("aan af al als bij dat de den der die dit door een en er geweest had heb hebben heeft het " +
    "hij hem haar hun ik in is je jij me mij mijn met na naar niet of om omdat omwille onze ons op over te " +
    "tegen toen tot u uit van voor was waren we werd werden wij word wordt ze zij zijn zo").split(" ");

  /* Lower case, accents off, apostrophes dropped, every other sign a space
     (src/keywords.rs `fold`). */
  function fold(str) {
    var s = String(str == null ? "" : str).toLowerCase();
    if (s.normalize) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    s = s.replace(/[æœøß]/g, function (c) { return ACCENTS[c]; });
    return s.replace(/['\u2018\u2019]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ");
  }

  function isVowel(c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  /* The comparable form of one folded word (src/keywords.rs `stem`): "-heden" to
     "-heid", then "-en", "-s" or "-e" off (twice at most), then a doubled consonant or
     a doubled vowel before the last consonant made single. */
  function stem(word) {
    var w = word;
    if (w.length <= 3) return w;
    for (var i = 0; i < 2; i++) {
      var next = null;
      if (/heden$/.test(w)) next = w.slice(0, -5) + "heid";
      else {
        var m = /(en|s|e)$/.exec(w);
        if (m && w.length - m[1].length >= 3) next = w.slice(0, -m[1].length);
      }
      if (next === null) break;
      w = next;
    }
    var n = w.length;
    if (n >= 4 && w[n - 1] === w[n - 2] && !isVowel(w[n - 1])) return w.slice(0, -1);
    if (n >= 4 && !isVowel(w[n - 1]) && w[n - 2] === w[n - 3] && isVowel(w[n - 2])) {
      return w.slice(0, n - 2) + w[n - 1];
    }
    return w;
  }

  function normalise(text) {
    var words = fold(text).split(" ");
    var out = [];
    for (var i = 0; i < words.length; i++) if (words[i]) out.push(stem(words[i]));
    return out;
  }
  window.onthaalNormalise = normalise;

  /* " w1 w2 w3 ": word starts are found as " w". */
  function spaced(words) {
    return " " + words.join(" ") + " ";
  }

  /* How well the phrase (normalised words) occurs in spaced text t: 2 every word at the
     start of a word, 1 every word at least inside one, 0 not. */
  function matchKind(t, phrase) {
    var kind = 2;
    for (var i = 0; i < phrase.length; i++) {
      if (t.indexOf(" " + phrase[i]) >= 0) continue;
      if (phrase[i].length >= 4 && t.indexOf(phrase[i]) >= 0) kind = 1;
      else return 0;
    }
    return kind;
  }

  function init() {
    var input = document.getElementById("zoekveld");
    var status = document.getElementById("zoekresultaten");
    if (!input || !status) return;
    var help = document.getElementById("zoekhulp");
    var root = (document.body && document.body.dataset && document.body.dataset.root) || "";
    var raw = window.ONTHAAL_ZOEKINDEX;
    var rawSynonyms = window.ONTHAAL_SYNONIEMEN || {};

    if (!raw || typeof raw.length !== "number") {
      input.disabled = true;
      input.setAttribute("placeholder", "Zoeken werkt hier niet");
      if (help) help.textContent = "Zoeken werkt hier niet. Gebruik Ctrl+F of de inhoud op de startpagina.";
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
    var synonyms = null;
    var vocabulary = null;

    function prepare() {
      if (prepared) return prepared;
      prepared = [];
      var all = " ";
      for (var i = 0; i < raw.length; i++) {
        var e = raw[i];
        if (!e || typeof e !== "object" || typeof e.u !== "string" || !e.u) continue;
        var t = typeof e.t === "string" ? e.t : "";
        var s = typeof e.s === "string" ? e.s : "";
        var x = typeof e.x === "string" ? e.x : "";
        var entry = { order: i, t: t, s: s, u: e.u, x: x, ns: spaced(normalise(s)), nt: spaced(normalise(t)), nx: spaced(normalise(x)) };
        prepared.push(entry);
        all += entry.ns + entry.nx;
      }
      vocabulary = all;
      synonyms = {};
      for (var word in rawSynonyms) {
        if (!Object.prototype.hasOwnProperty.call(rawSynonyms, word)) continue;
        var key = normalise(word).join(" ");
        var names = rawSynonyms[word];
        if (!key || !names || typeof names.length !== "number") continue;
        var phrases = synonyms[key] || (synonyms[key] = []);
        for (var j = 0; j < names.length; j++) phrases.push(normalise(names[j]));
      }
      return prepared;
    }

    /* The ways a query word can be found, strongest first: itself, the names it is a
       keyword for, and for a compound no page uses, its two parts. */
    function alternatives(word, next, folded) {
      var found = [{ phrase: [word], weight: 1 }];
      /* The stem of "telefoon" is "telefon"; as typed it still starts "telefoonnummer". */
      if (folded && folded !== word) found.push({ phrase: [folded], weight: 1 });
      var joined = next ? word + " " + next : null;
      var lists = [synonyms[word] || [], joined ? synonyms[joined] || [] : []];
      for (var l = 0; l < lists.length; l++) {
        for (var i = 0; i < lists[l].length; i++) found.push({ phrase: lists[l][i], weight: 0.6 });
      }
      if (vocabulary.indexOf(" " + word) < 0) {
        for (var cut = 3; cut <= word.length - 3; cut++) {
          var a = stem(word.slice(0, cut));
          var b = stem(word.slice(cut));
          var parts = [[a, b]];
          if (word[cut - 1] === "s" && cut > 3) parts.push([stem(word.slice(0, cut - 1)), b]);
          for (var p = 0; p < parts.length; p++) {
            if (vocabulary.indexOf(" " + parts[p][0]) >= 0 && vocabulary.indexOf(" " + parts[p][1]) >= 0) {
              found.push({ phrase: parts[p], weight: 0.8 });
            }
          }
        }
      }
      return found;
    }

    function queryTerms(query) {
      var folded = fold(query).split(" ").filter(function (w) {
        return w && STOPWORDS.indexOf(w) < 0;
      });
      if (!folded.length) folded = fold(query).split(" ").filter(Boolean);
      var seen = {};
      var terms = [];
      for (var i = 0; i < folded.length; i++) {
        var word = stem(folded[i]);
        if (seen[word]) continue;
        seen[word] = true;
        var next = folded[i + 1] ? stem(folded[i + 1]) : null;
        terms.push({ word: word, ways: alternatives(word, next, folded[i]) });
      }
      return terms;
    }

    /* Points for one term in one entry: title hits above page-title hits above text;
       the best way counts, a second way a little (a keyword's own row beats a page
       that only names what the keyword stands for). */
    function termScore(entry, term) {
      var points = [];
      for (var i = 0; i < term.ways.length; i++) {
        var way = term.ways[i];
        var inS = matchKind(entry.ns, way.phrase);
        var inT = matchKind(entry.nt, way.phrase);
        var inX = matchKind(entry.nx, way.phrase);
        var p = (inS ? (inS === 2 ? 140 : 90) : inT ? (inT === 2 ? 60 : 40) : 0) + (inX ? (inX === 2 ? 12 : 5) : 0);
        points.push(p * way.weight);
      }
      points.sort(function (a, b) { return b - a; });
      return (points[0] || 0) + 0.3 * (points[1] || 0);
    }

    function search(terms) {
      var entries = prepare();
      var hits = [];
      for (var i = 0; i < entries.length; i++) {
        var total = 0;
        var matched = 0;
        for (var j = 0; j < terms.length; j++) {
          var p = termScore(entries[i], terms[j]);
          if (p > 0) matched++;
          total += p;
        }
        if (matched) hits.push({ entry: entries[i], matched: matched, score: total });
      }
      var complete = hits.filter(function (h) { return h.matched === terms.length; });
      var partial = !complete.length;
      var shown = partial ? hits : complete;
      shown.sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || a.entry.order - b.entry.order;
      });
      return { hits: shown, partial: partial && terms.length > 1 };
    }

    /* The words of the section text around the first hit, hits in <mark>. */
    function buildExcerpt(entry, terms) {
      var text = entry.x.replace(/\s+/g, " ").trim();
      if (!text) return null;
      var words = text.split(" ");
      var stems = [];
      for (var k = 0; k < terms.length; k++) {
        for (var w = 0; w < terms[k].ways.length; w++) stems = stems.concat(terms[k].ways[w].phrase);
      }
      stems = stems.filter(function (st) { return st.length >= 3 && STOPWORDS.indexOf(st) < 0; });
      var hit = function (word) {
        var forms = normalise(word);
        for (var f = 0; f < forms.length; f++) {
          for (var s = 0; s < stems.length; s++) if (forms[f].indexOf(stems[s]) === 0) return true;
        }
        return false;
      };
      var first = 0;
      while (first < words.length && !hit(words[first])) first++;
      if (first === words.length) first = 0;
      var start = Math.max(0, first - 8);
      var end = Math.min(words.length, start + EXCERPT_WORDS);
      var span = document.createElement("span");
      span.className = "zoek-uittreksel";
      if (start > 0) span.appendChild(document.createTextNode("… "));
      for (var i = start; i < end; i++) {
        if (i > start) span.appendChild(document.createTextNode(" "));
        if (hit(words[i])) {
          var mark = document.createElement("mark");
          mark.textContent = words[i];
          span.appendChild(mark);
        } else {
          span.appendChild(document.createTextNode(words[i]));
        }
      }
      if (end < words.length) span.appendChild(document.createTextNode(" …"));
      return span;
    }

    function clearList() {
      while (list.firstChild) list.removeChild(list.firstChild);
      list.hidden = true;
    }

    function setStatus(text) {
      if (status.textContent !== text) status.textContent = text;
    }

    function item(entry, terms) {
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
      var excerpt = buildExcerpt(entry, terms);
      if (excerpt) li.appendChild(excerpt);
      return li;
    }

    function render(query, showAll) {
      prepare();
      var terms = queryTerms(query);
      var letters = terms.map(function (t) { return t.word; }).join("").length;
      clearList();
      if (!terms.length || letters < MIN_QUERY) {
        setStatus("");
        return;
      }
      var found = search(terms);
      var hits = found.hits;
      if (!hits.length) {
        setStatus("Geen resultaten");
        return;
      }
      var shown = showAll ? hits.length : Math.min(hits.length, FIRST_RESULTS);
      for (var i = 0; i < shown; i++) list.appendChild(item(hits[i].entry, terms));
      if (shown < hits.length) {
        var li = document.createElement("li");
        li.className = "zoek-meer";
        var more = document.createElement("button");
        more.type = "button";
        more.textContent = "Toon alle " + hits.length + " resultaten";
        more.addEventListener("click", function () {
          render(input.value, true);
          var all = links();
          if (all[shown]) all[shown].focus();
        });
        li.appendChild(more);
        list.appendChild(li);
      }
      list.hidden = false;
      var label = hits.length === 1 ? "1 resultaat" : hits.length + " resultaten";
      if (found.partial) label += " met een deel van de woorden";
      if (shown < hits.length) label += "; je ziet de eerste " + shown;
      setStatus(label);
    }

    var timer = null;
    var lastQuery = null;

    function schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () {
        timer = null;
        var q = input.value;
        if (q !== lastQuery) {
          lastQuery = q;
          render(q, false);
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
        render(input.value, false);
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

    /* The results and the "show all" button, in order: what the arrow keys move over. */
    function links() {
      return list.querySelectorAll("a, button");
    }

    input.addEventListener("input", schedule);
    input.addEventListener("search", schedule);

    input.addEventListener("keydown", function (ev) {
      if (ev.isComposing) return;
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
        var first = list.querySelector("a");
        if (first) {
          ev.preventDefault();
          window.location.href = first.href;
        }
      }
    });

    list.addEventListener("keydown", function (ev) {
      var all = links();
      var idx = Array.prototype.indexOf.call(all, document.activeElement);
      if (idx < 0) return;
      if (ev.key === "ArrowDown" || ev.key === "Down") {
        ev.preventDefault();
        all[Math.min(idx + 1, all.length - 1)].focus();
      } else if (ev.key === "ArrowUp" || ev.key === "Up") {
        ev.preventDefault();
        if (idx === 0) input.focus();
        else all[idx - 1].focus();
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
    if (input.value) schedule();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
