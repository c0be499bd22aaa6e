/*
 * The site's search scorer (conf.py: html_search_scorer).  Sphinx copies this
 * file into _static/language_data.js, which the search page loads with
 * searchtools.js; the search itself stays Sphinx's own, offline, reading
 * searchindex.js.  Two changes to its ranking:
 *
 * 1. An object named exactly as the query (``release`` -> memoryview.release)
 *    comes first, above an index entry of the same name elsewhere (the
 *    glossary's "release").  Sphinx gives such an object 11 + 5 points and an
 *    index entry holding the whole query up to 100.
 *
 * 2. Sections are also found by the words they share with the query.  Sphinx
 *    finds a section only when its title or one of its index entries holds
 *    the whole query as written, and otherwise lists whole pages.  Here every
 *    index entry and section title sharing at least two words with a query of
 *    two words or more is a result too, scored by how much of the query it
 *    covers and how much of it is the query: "use a memoryview as a dict key"
 *    finds the section indexed "dict key".  Words are compared as Sphinx
 *    compares them (its splitter, stop words and stemmer), except that
 *    numbers count, so that "python 3.12" tells 3.12 from 3.11.  These scores
 *    lie between 20 and 60: above Sphinx's page matches (at most 15), below an
 *    index entry that holds the whole query (50 to 100).
 */
var Scorer = {
  // Sphinx's defaults (searchtools.js).
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,

  // The query being scored (set by the wrapper of Search.query below).
  query: "",

  score: (result) => {
    const [, title, , , score, , kind] = result;
    const query = Scorer.query.trim().toLowerCase();
    if (kind === "object" && query && !/\s/.test(query)) {
      const name = title.toLowerCase();
      if (name === query || name.split(".").pop() === query) return score + 100;
    }
    return score;
  },
};

(() => {
  const WORD_BASE = 20; // the lowest score of a word match
  const WORD_RANGE = 40; // added in proportion to the match

  const stemmer = () => new Stemmer();

  /** The set of words of a text: split, stop words dropped, stemmed; numbers
   * kept as they are, one-letter words dropped. */
  const wordsOf = (text, stem) => {
    const words = new Set();
    for (const word of splitQuery(text.toLowerCase())) {
      if (/^\d+$/.test(word)) words.add(word);
      else if (word.length > 1 && !stopwords.has(word)) words.add(stem.stemWord(word));
    }
    return words;
  };

  const wordMatches = (query) => {
    const index = Search._index;
    const stem = stemmer();
    const queryWords = wordsOf(query, stem);
    if (queryWords.size < 2) return [];
    const results = [];
    const consider = (text, file, id, label, kind) => {
      const words = wordsOf(text, stem);
      let shared = 0;
      for (const word of words) if (queryWords.has(word)) shared += 1;
      if (shared < 2) return;
      const covered = shared / queryWords.size; // how much of the query
      const precise = shared / words.size; // how much of the entry or title
      const score = WORD_BASE + Math.round(WORD_RANGE * covered * Math.sqrt(precise));
      results.push([
        index.docnames[file],
        label,
        id ? "#" + id : "",
        null,
        score,
        index.filenames[file],
        kind,
      ]);
    };
    for (const [entry, found] of Object.entries(index.indexentries)) {
      for (const [file, id, isMain] of found) {
        if (isMain) consider(entry, file, id, index.titles[file], "index");
      }
    }
    for (const [title, found] of Object.entries(index.alltitles)) {
      for (const [file, id] of found) {
        const page = index.titles[file];
        consider(title, file, id, page !== title ? `${page} > ${title}` : title, "title");
      }
    }
    return results;
  };

  /** "docname#id" -> "Page title > Section title", for every section. */
  let sectionTitleMap = null;
  const sectionTitles = () => {
    if (sectionTitleMap) return sectionTitleMap;
    const index = Search._index;
    sectionTitleMap = new Map();
    for (const [title, found] of Object.entries(index.alltitles)) {
      for (const [file, id] of found) {
        const page = index.titles[file];
        if (id && page !== title) {
          sectionTitleMap.set(`${index.docnames[file]}#${id}`, `${page} > ${title}`);
        }
      }
    }
    return sectionTitleMap;
  };

  const install = () => {
    const query = Search.query;
    Search.query = (text) => {
      Scorer.query = text;
      return query(text);
    };
    // Page matches are gathered here; the results added to them are scored,
    // sorted and stripped of duplicates with the rest by Sphinx.
    const performTermsSearch = Search.performTermsSearch;
    Search.performTermsSearch = (searchTerms, excludedTerms) => [
      ...performTermsSearch(searchTerms, excludedTerms),
      ...wordMatches(Scorer.query),
    ];
    // One result per place: a section found by its title and by an index
    // entry is listed once, where it ranks highest.  The list is in reverse
    // order (searchtools.js shows it from the end).  An index entry's result
    // is titled like a section's ("Error catalogue > TypeError: ..."), not
    // with the page's title alone.
    const performSearch = Search._performSearch;
    Search._performSearch = (...args) => {
      const titles = sectionTitles();
      const seen = new Set();
      return performSearch(...args)
        .reverse()
        .filter((result) => {
          const place = `${result[0]}${result[2]}`;
          if (seen.has(place)) return false;
          seen.add(place);
          if (result[6] === "index" && titles.has(place)) result[1] = titles.get(place);
          return true;
        })
        .reverse();
    };
  };

  if (typeof Search !== "undefined") install();
  else document.addEventListener("DOMContentLoaded", install);
})();
