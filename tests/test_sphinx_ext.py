"""The Sphinx extension on tiny sites built from files on disk: MyST pages
with no other extension than myst_parser, and reStructuredText pages with
no other extension at all."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from snipcheck import recording
from snipcheck.recording import Output, Recording, write

ROOT = Path(__file__).resolve().parents[1]
# Neither sphinx_design nor MyST's colon_fence or attrs_block: the
# extension must need none of them.
CONF = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
extensions = ["myst_parser", "snipcheck.sphinx_ext"]
snipcheck_snippets = "snippets"
"""
RST_CONF = """
extensions = ["snipcheck.sphinx_ext"]
snipcheck_snippets = "snippets"
snipcheck_runtime_notes = {"pyodide": "In WebAssembly a C *long* has ``4`` bytes."}
"""
NATIVE = {
    "3.8": "CPython 3.8.18 (linux-x86_64)",
    "3.9": "CPython 3.9.18 (linux-x86_64)",
    "3.14": "CPython 3.14.2 (linux-x86_64)",
}
PYODIDE = {"3.14-pyodide": "CPython 3.14.2 (Pyodide 0.29.0, wasm32)"}


def sphinx(site: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *options, "docs", "out", "-c", "."],
        capture_output=True,
        text=True,
        cwd=site,
    )


def build(site: Path, builder: str = "html") -> str:
    """Build with warnings as errors and nitpicky references; Sphinx's log."""
    done = sphinx(site, "-W", "-n", "-b", builder)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def build_fails(site: Path) -> str:
    """Build expecting failure; what Sphinx printed on stderr."""
    done = sphinx(site, "-W", "-b", "html")
    assert done.returncode != 0, done.stdout
    return done.stderr


def page(site: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((site / "out" / f"{name}.html").read_text(), "html.parser")


def tab_sets(html: BeautifulSoup | Tag) -> list[Tag]:
    return html.select("div.snipcheck-tabs")


def tabs_of(tab_set: Tag) -> list[tuple[Tag, Tag, Tag]]:
    """Each tab's radio input, label and panel, checking that they are
    siblings in that order and point at each other."""
    found = []
    for radio in tab_set.find_all("input", recursive=False):
        label = radio.find_next_sibling()
        panel = label.find_next_sibling() if label else None
        assert label is not None and label.name == "label", tab_set
        assert panel is not None and "snipcheck-tab-panel" in panel["class"], tab_set
        assert radio["type"] == "radio" and label["for"] == radio["id"]
        assert radio["aria-controls"] == panel["id"]
        found.append((radio, label, panel))
    assert found and len({radio["name"] for radio, _, _ in found}) == 1
    assert [radio.has_attr("checked") for radio, _, _ in found].count(True) == 1
    return found


def opened(tab_set: Tag) -> str:
    """The label of the tab that is open at first."""
    return next(
        label.get_text() for radio, label, _ in tabs_of(tab_set) if radio.has_attr("checked")
    )


def panel_of(tab_set: Tag, title: str) -> Tag:
    return next(panel for _, label, panel in tabs_of(tab_set) if label.get_text() == title)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "conf.py").write_text(CONF)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n```{toctree}\none\ntwo\n```\n")
    for name, snippet in (("one", "t/same"), ("two", "t/differs")):
        (docs / f"{name}.md").write_text(f"# {name}\n\n```{{snippet}} {snippet}\n```\n")
    folder = tmp_path / "snippets" / "t"
    folder.mkdir(parents=True)
    interpreters = {k: NATIVE[k] for k in ("3.8", "3.9")}
    (folder / "same.py").write_text("1 + 1\n")
    write(
        folder / "same.rec",
        Recording(
            "t/same.py",
            "session",
            "2026-01-02",
            dict(interpreters),
            {k: Output(">>> 1 + 1\n2\n", 0) for k in interpreters},
        ),
    )
    (folder / "differs.py").write_text("# mode: script\nprint('v')\n")
    write(
        folder / "differs.rec",
        Recording(
            "t/differs.py",
            "script",
            "2026-01-03",
            dict(interpreters),
            {"3.8": Output("old\n", 0), "3.9": Output("new\n", 1)},
        ),
    )
    return tmp_path


def test_a_snippet_shows_its_code_output_and_provenance(site):
    build(site)
    html = page(site, "one")
    (example,) = html.select("div.snipcheck.snipcheck-session")
    assert example.select_one("div.highlight-pycon pre").get_text() == ">>> 1 + 1\n2\n"
    # Under the example, only its source: the page says once where outputs
    # came from.
    meta = example.select_one("p.snipcheck-meta")
    assert meta.get_text() == "same.py #"  # its source, and a link to the example
    link = meta.select_one("a.download")
    assert re.fullmatch(r"_downloads/[0-9a-f]+/same\.py", link["href"])
    assert (site / "out" / link["href"]).read_text() == "1 + 1\n"  # Sphinx copied it
    assert example.select_one("script.snipcheck-data[type='application/json']")
    note = html.select_one("p.snipcheck-page-note").get_text()
    assert note == (
        "Every output on this page was printed by a real interpreter: CPython 3.8.18 "
        "(linux-x86_64), CPython 3.9.18 (linux-x86_64). The recordings were last updated "
        "on 2026-01-02."
    )
    assert not tab_sets(html)  # one output for all: no tabs


def test_differing_outputs_get_a_tab_per_version_group(site):
    build(site)
    html = page(site, "two")
    (example,) = html.select("div.snipcheck.snipcheck-script")
    (tab_set,) = tab_sets(example)
    assert "snipcheck-versions" in tab_set["class"]
    labels = [label for _, label, _ in tabs_of(tab_set)]
    assert [label.get_text() for label in labels] == ["3.8", "3.9"]
    assert [c for c in labels[0]["class"] if c.startswith("snipcheck-v-")] == ["snipcheck-v-3-8"]
    assert opened(tab_set) == "3.9"  # the newest opens first
    old, new = panel_of(tab_set, "3.8"), panel_of(tab_set, "3.9")
    assert old.select_one("div.snipcheck-output pre").get_text() == "old\n"
    assert new.select_one("div.snipcheck-output pre").get_text() == "new\n"
    assert old.p.get_text() == "Output:" and new.p.get_text() == "Output (exit status 1):"
    # The code is shown once, above the tabs, and is not an output.
    code = example.find("div", class_="highlight-python", recursive=False)
    assert code.pre.get_text() == "print('v')\n"


# A session whose traceback 3.9 decorates (an echoed line and markers).
PLAIN = (
    ">>> b'a'[5]\nTraceback (most recent call last):\n"
    '  File "<stdin>", line 1, in <module>\nIndexError: index out of range\n'
)
DECORATED = PLAIN.replace("<module>\n", "<module>\n    b'a'[5]\n    ~~~~^^^\n")


def test_versions_that_differ_only_in_traceback_decoration_share_one_output(site):
    folder = site / "snippets" / "t"
    (folder / "decorated.py").write_text("b'a'[5]\n")
    outputs = {"3.8": Output(PLAIN, 0), "3.9": Output(DECORATED, 0)}
    write(
        folder / "decorated.rec",
        Recording(
            "t/decorated.py",
            "session",
            "2026-01-04",
            dict(NATIVE),
            outputs | {"3.14": Output(DECORATED.replace("range", "bounds"), 0)},
        ),
    )
    docs = site / "docs"
    (docs / "two.md").write_text(
        "# two\n\n```{snippet} t/decorated\n```\n\n"
        "```{snippet} t/decorated\n:versions: exact\n:differs: Each version's own.\n```\n"
    )
    build(site)
    merged, exact = page(site, "two").select("div.snipcheck.snipcheck-session")
    # 3.8 and 3.9 share a tab, showing 3.9's output (the newer formatting);
    # 3.14 rewords the message, so it keeps a tab of its own.
    (tab_set,) = [t for t in tab_sets(merged) if not t.find_parent("details")]
    assert [label.get_text() for _, label, _ in tabs_of(tab_set)] == ["3.8 \u2013 3.9", "3.14"]
    assert panel_of(tab_set, "3.8 \u2013 3.9").pre.get_text() == DECORATED
    said = merged.select_one("p.snipcheck-differs").get_text()
    assert said == "Only the wording of the IndexError message differs."
    # Every version's exact output is one click away, in a closed section.
    details = merged.select_one("details.snipcheck-exact")
    assert details is not None and not details.has_attr("open")
    assert details.summary.get_text() == "Each version\u2019s exact output"
    (inner,) = tab_sets(details)
    assert [label.get_text() for _, label, _ in tabs_of(inner)] == ["3.8", "3.9", "3.14"]
    assert panel_of(inner, "3.8").pre.get_text() == PLAIN
    # `:versions: exact` shows each exact output as a tab, with the page's words.
    assert not exact.select("details.snipcheck-exact")
    (tab_set,) = tab_sets(exact)
    assert [label.get_text() for _, label, _ in tabs_of(tab_set)] == ["3.8", "3.9", "3.14"]
    assert exact.select_one("p.snipcheck-differs").get_text() == "Each version\u2019s own."


def test_an_example_recorded_on_other_interpreters_than_its_page_says_which(site):
    folder = site / "snippets" / "t"
    (folder / "newer.py").write_text("2 + 2\n")
    newer = {"3.14": NATIVE["3.14"]}
    write(
        folder / "newer.rec",
        Recording(
            "t/newer.py", "session", "2026-01-05", newer, {"3.14": Output(">>> 2 + 2\n4\n", 0)}
        ),
    )
    docs = site / "docs"
    (docs / "one.md").write_text(
        "# one\n\n"
        + "".join(f"```{{snippet}} t/{name}\n```\n\n" for name in ("same", "same", "newer"))
    )
    (site / "conf.py").write_text(CONF + 'snipcheck_about = "two"\n')
    build(site)
    html = page(site, "one")
    metas = [m.get_text() for m in html.select("p.snipcheck-meta")]
    assert metas == [
        "same.py #",
        "same.py #",
        "recorded on CPython 3.14 (linux-x86_64) \u00b7 newer.py #",
    ]
    note = html.select_one("p.snipcheck-page-note")
    assert note.get_text().endswith("last updated on 2026-01-05. How this site is verified")
    assert note.a["href"] == "two.html"


def test_the_tab_open_at_first_holds_the_newest_version_even_when_the_oldest_agrees(site):
    write(
        site / "snippets" / "t" / "differs.rec",
        Recording(
            "t/differs.py",
            "script",
            "2026-01-03",
            dict(NATIVE),
            {"3.8": Output("same\n", 0), "3.9": Output("other\n", 0), "3.14": Output("same\n", 0)},
        ),
    )
    build(site)
    (tab_set,) = tab_sets(page(site, "two"))
    assert [label.get_text() for _, label, _ in tabs_of(tab_set)] == ["3.8, 3.14", "3.9"]
    assert opened(tab_set) == "3.8, 3.14"


def test_the_extension_brings_its_own_script_and_stylesheet(site):
    build(site)
    html = page(site, "two")
    assert html.select_one('link[rel="stylesheet"][href^="_static/snipcheck-base.css"]')
    assert html.select_one('script[src^="_static/snipcheck.js"]')
    assert ".snipcheck-tab-panel" in (site / "out/_static/snipcheck-base.css").read_text()
    assert "snipcheck-tab-label" in (site / "out/_static/snipcheck.js").read_text()


def test_editing_a_recording_rebuilds_only_the_pages_that_show_it(site):
    build(site)
    rec = site / "snippets" / "t" / "differs.rec"
    stat = rec.stat()
    os.utime(rec, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    log = build(site)
    assert re.search(r"1 changed", log), log
    assert "two" in log.split("reading sources")[1].splitlines()[0]
    assert "one" not in log.split("reading sources")[1].splitlines()[0]


def test_a_missing_recording_fails_the_build_with_the_command_to_fix_it(site):
    (site / "snippets" / "t" / "same.rec").unlink()
    stderr = build_fails(site)
    assert (
        "snippet 't/same' has no recording yet; run: snipcheck record snippets/t/same.py" in stderr
    )


def test_a_bad_option_value_on_a_myst_page_fails_the_build_naming_it(site):
    (site / "docs" / "two.md").write_text("# two\n\n```{snippet} t/differs\n:show: all\n```\n")
    stderr = build_fails(site)
    # MyST reports it at the option's line; the docutils message names the choices.
    assert re.search(r"two\.md:4: WARNING: 'snippet': Invalid option value for 'show': all", stderr)
    assert re.search(r'"all" unknown; choose from "both", "code",? or "output"', stderr), stderr


# reStructuredText, with every option ------------------------------------

RST_INDEX = """\
Home
====

.. snippet:: t/versions
   :name: versions-example

.. snippet:: t/versions
   :show: both
   :versions: newest

.. snippet:: t/versions
   :show: code

.. snippet:: t/script
   :show: output
   :versions: tabs

.. snippet:: t/script
   :show: code

See :ref:`versions-example` and :ref:`the same example <versions-example>`.
"""


@pytest.fixture
def rst_site(tmp_path: Path) -> Path:
    (tmp_path / "conf.py").write_text(RST_CONF)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.rst").write_text(RST_INDEX)
    folder = tmp_path / "snippets" / "t"
    folder.mkdir(parents=True)
    interpreters = {**NATIVE, **PYODIDE}
    (folder / "versions.py").write_text("v = 1\nv\n")
    typed = ">>> v = 1\n>>> v\n"
    write(
        folder / "versions.rec",
        Recording(
            "t/versions.py",
            "session",
            "2026-02-01",
            interpreters,
            {
                "3.8": Output(typed + "8\n", 0),
                "3.9": Output(typed + "9\n", 0),
                "3.14": Output(typed + "9\n", 0),
                "3.14-pyodide": Output(typed + "32\n", 0),
            },
        ),
    )
    (folder / "script.py").write_text("# mode: script\nprint('hi')\n")
    write(
        folder / "script.rec",
        Recording(
            "t/script.py",
            "script",
            "2026-02-02",
            dict(NATIVE),
            {"3.8": Output("hi 8\n", 0), "3.9": Output("hi\n", 0), "3.14": Output("hi\n", 0)},
        ),
    )
    return tmp_path


def examples(site: Path) -> list[Tag]:
    return page(site, "index").select("div.snipcheck")


def test_a_rest_page_gets_tabs_made_of_radio_inputs_labels_and_panels(rst_site):
    build(rst_site)
    text = (rst_site / "out" / "index.html").read_text()
    for raw in (":::", "{tab-set}", "{tab-item}", ".. snippet", "{snippet}", "tab-set"):
        assert raw not in text, raw
    first = examples(rst_site)[0]
    (tab_set,) = tab_sets(first)
    assert tab_set["role"] == "group" and tab_set["aria-label"]
    titles = [label.get_text() for _, label, _ in tabs_of(tab_set)]
    assert titles == ["3.8", "3.9 \u2013 3.14", "Pyodide 3.14 (wasm32)"]
    assert opened(tab_set) == "3.9 \u2013 3.14"
    assert panel_of(tab_set, "3.8").pre.get_text() == ">>> v = 1\n>>> v\n8\n"
    # The runtime note is parsed as the page is: reStructuredText here.
    wasm = panel_of(tab_set, "Pyodide 3.14 (wasm32)")
    note = wasm.select_one("p.snipcheck-runtime-note")
    assert note.em.get_text() == "long" and note.code.get_text() == "4"
    assert not panel_of(tab_set, "3.8").select(".snipcheck-runtime-note")
    # Each tab set is a radio group of its own.
    names = {radio["name"] for s in tab_sets(page(rst_site, "index")) for radio, _, _ in tabs_of(s)}
    assert len(names) == len(tab_sets(page(rst_site, "index"))) == 2


def test_a_runtime_note_is_said_once_per_page(rst_site):
    index = rst_site / "docs" / "index.rst"
    index.write_text(index.read_text() + "\n.. snippet:: t/versions\n")
    build(rst_site)
    html = page(rst_site, "index")
    assert len(html.select("p.snipcheck-runtime-note")) == 1
    wasm_tabs = [t for t in html.select("label.snipcheck-tab-label") if "wasm32" in t.get_text()]
    assert len(wasm_tabs) == 2  # two Pyodide tabs, one note


def test_a_named_snippet_is_a_target_for_ref(rst_site):
    build(rst_site)  # -n: an unresolved reference would fail it
    html = page(rst_site, "index")
    assert examples(rst_site)[0]["id"] == "versions-example"
    links = html.select('a[href="#versions-example"]')
    # The example's own permalink, then the two references.
    assert [a.get_text() for a in links] == ["#", "versions.py", "the same example"]
    # Unnamed examples are anchors too, by their snippet's key, each once.
    ids = [e["id"] for e in examples(rst_site)[1:]]
    assert ids == [
        "example-t-versions",
        "example-t-versions-2",
        "example-t-script",
        "example-t-script-2",
    ]
    for anchor in ids:
        (link,) = html.select(f'a.snipcheck-permalink[href="#{anchor}"]')
        assert link["title"] == "Link to this example"


def test_versions_newest_shows_the_newest_native_output_and_says_so(rst_site):
    build(rst_site)
    newest = examples(rst_site)[1]
    assert not tab_sets(newest)
    assert newest.select_one("div.highlight-pycon pre").get_text() == ">>> v = 1\n>>> v\n9\n"
    meta = newest.select_one("p.snipcheck-meta").get_text()
    assert "output of 3.9 \u2013 3.14 shown; other versions print something else" in meta
    # Where every version agrees, the line has nothing to add.
    assert "shown" not in examples(rst_site)[0].select_one("p.snipcheck-meta").get_text()


def test_show_code_of_a_session_is_its_statements_without_prompts_or_outputs(rst_site):
    build(rst_site)
    code = examples(rst_site)[2]
    assert not tab_sets(code) and not code.select("div.highlight-pycon")
    assert code.select_one("div.highlight-python pre").get_text() == "v = 1\nv\n"
    assert code.select_one("p.snipcheck-meta")  # still says where it was verified


def test_show_output_of_a_script_leaves_out_its_code_and_show_code_its_output(rst_site):
    build(rst_site)
    output, code = examples(rst_site)[3:5]
    assert not output.select("div.highlight-python")
    (tab_set,) = tab_sets(output)
    assert panel_of(tab_set, "3.8").select_one(".snipcheck-output pre").get_text() == "hi 8\n"
    assert code.select_one("div.highlight-python pre").get_text() == "print('hi')\n"
    assert not code.select(".snipcheck-output") and not tab_sets(code)


def test_other_builders_get_each_tab_as_a_titled_block(rst_site):
    build(rst_site, "text")
    text = (rst_site / "out" / "index.txt").read_text()
    first = text.split("Verified on")[0]
    assert re.search(r"\*\*3\.8\*\*\s+>>> v = 1\s+>>> v\s+8\s+\*\*3\.9 \u2013 3\.14\*\*", first), (
        first
    )
    assert "**Pyodide 3.14 (wasm32)**" in first and "In WebAssembly a C *long*" in first


@pytest.mark.parametrize(
    ("option", "allowed"),
    [
        ("show: all", '"both", "code",? or "output"'),
        ("versions: every", '"tabs", "exact",? or "newest"'),
    ],
    ids=["show", "versions"],
)
def test_a_bad_option_value_on_a_rest_page_fails_the_build_naming_it(rst_site, option, allowed):
    index = rst_site / "docs" / "index.rst"
    index.write_text(index.read_text().replace("show: code\n", f"{option}\n", 1))
    stderr = build_fails(rst_site)
    name, value = option.split(": ")
    assert "index.rst:11: ERROR" in stderr, stderr
    assert f'(option: "{name}"; value: {value!r})' in stderr, stderr
    assert re.search(f'"{value}" unknown; choose from {allowed}', stderr), stderr


# Measurements --------------------------------------------------------------

MEASURE = """\
# mode: measure
# label: size_bytes = slice length
# claim: view seconds flat
# claim: copy seconds above view by 2 from 1e6
print("case size_bytes seconds")
"""
TABLE = (
    "case size_bytes seconds\ncopy 1000 1e-07\ncopy 1e6 2e-05\nview 1000 1e-07\nview 1e6 1e-07\n"
)


@pytest.fixture
def measured_site(site: Path) -> Path:
    from snipcheck import snippets
    from snipcheck.measure import plot as plotting
    from snipcheck.measure import store as measured

    folder = site / "snippets" / "m"
    folder.mkdir()
    (folder / "cost.py").write_text(MEASURE)
    snippet = snippets.load(folder / "cost.py", site / "snippets")
    runs = {
        label: measured.Run(
            label,
            f"CPython {label}.1 (linux-x86_64)",
            "2026-01-04T10:00:00Z",
            {"cpu": "Test CPU", "cores": "2", "memory": "1 GiB", "system": "Linux"},
            (0.5, 0.6),
            1.5,
            measured.source_sha256(snippet),
            TABLE,
        )
        for label in ("3.8", "3.9")
    }
    data = measured.Measured("m/cost", runs)
    measured.write(snippet.measured_path, data)
    for path, content in plotting.draw(snippet, data).items():
        path.write_bytes(content)
    (site / "docs" / "index.md").write_text("# Home\n\n```{toctree}\none\ntwo\nthree\n```\n")
    (site / "docs" / "three.md").write_text(
        "# three\n\n```{measurement} m/cost\n:name: cost\n```\n\n"
        "At 1 MB the copy took {measured}`m/cost copy seconds 1e6`, "
        "{measured}`m/cost copy/view seconds 1e6` as long as the view "
        "(see {ref}`cost`).\n"
    )
    return site


def test_a_measurement_shows_plots_claims_code_and_every_output(measured_site):
    build(measured_site)
    text = (measured_site / "out" / "three.html").read_text()
    html = BeautifulSoup(text, "html.parser")
    (example,) = html.select("div.snipcheck.snipcheck-measurement")
    main, every = example.select("figure.snipcheck-plot")
    assert main.img["alt"].startswith("Log-log plot of seconds against slice length on CPython 3.9")
    assert (
        main.select_one("figcaption .caption-text")
        .get_text()
        .startswith("Seconds against slice length on CPython 3.9. The other interpreters")
    )
    assert (measured_site / "out" / main.img["src"]).is_file()  # Sphinx copied the plot
    claims = [li.get_text() for li in example.select("ul li")]
    assert claims[0].startswith("view: seconds stays within 3x across every slice length")
    assert claims[0].endswith("(holds on 3.8 \u2013 3.9).")
    assert "is at least 2x larger than for <code" in text
    assert "view</span></code> from a slice length of 1 MB up" in text
    sections = example.select("details.snipcheck-details")
    summaries = [d.find("summary", recursive=False).get_text() for d in sections]
    assert summaries == [
        "The same measurement on every interpreter",
        "The code that measured it (cost.py)",
        "What each interpreter printed",
    ]
    assert every.find_parent("details") is sections[0]
    assert sections[1].select_one("div.highlight-python")
    (tab_set,) = tab_sets(sections[2])
    assert opened(tab_set) == "3.9"
    assert "measured 2026-01-04T10:00:00Z in 1.5 s (load average 0.50 before, 0.60 after)" in (
        panel_of(tab_set, "3.9").get_text()
    )
    downloads = [a["href"].rsplit("/", 1)[1] for a in example.select("p.snipcheck-meta a.download")]
    assert downloads == ["cost.py", "cost.measured.json"]
    assert 'At 1 MB the copy took <span class="snipcheck-measured">20 \u00b5s</span>' in text
    assert '<span class="snipcheck-measured">200x</span> as long as the view' in text
    assert example["id"] == "cost" and html.select_one('a[href="#cost"]').get_text() == "cost.py"


def test_a_number_the_recording_lacks_fails_the_build(measured_site):
    page = measured_site / "docs" / "three.md"
    page.write_text(page.read_text().replace("copy seconds 1e6`,", "copy seconds 5e5`,"))
    stderr = build_fails(measured_site)
    assert "{measured}`m/cost copy seconds 5e5`: copy has no seconds value at 5e5" in stderr


def test_an_unmeasured_snippet_fails_the_build_with_the_command(measured_site):
    (measured_site / "snippets" / "m" / "cost.measured.json").unlink()
    stderr = build_fails(measured_site)
    assert "snippet 'm/cost' has not been measured yet; run: snipcheck measure " in stderr


def test_a_snippet_changed_after_recording_shows_a_notice_and_fails_a_strict_build(site):
    folder = site / "snippets" / "t"
    rec = recording.read(folder / "same.rec")
    assert rec is not None
    good = recording.source_checksum((folder / "same.py").read_text())
    write(folder / "same.rec", replace(rec, source=good))
    build(site)  # the checksum matches: nothing to say
    (folder / "same.py").write_text("1 + 1  # edited\n")
    stderr = build_fails(site)
    assert "snippet 't/same' changed after it was recorded" in stderr
    assert "snipcheck record" in stderr and "same.py" in stderr
    # Without -W (a preview), the page says so and shows no old output.
    done = sphinx(site, "-E", "-b", "html")
    assert done.returncode == 0, done.stderr
    example = page(site, "one").select_one("div.snipcheck-unrecorded")
    assert example is not None
    assert example.p.get_text().startswith("Not recorded yet. It changed after its outputs")
    assert example.pre.get_text() == "1 + 1  # edited\n"
    assert not page(site, "one").select("div.highlight-pycon")


def test_a_page_written_before_its_snippet_shows_it_once_it_exists(site):
    docs = site / "docs"
    (docs / "two.md").write_text("# two\n\n```{snippet} t/later\n```\n")
    done = sphinx(site, "-b", "html")  # no -W: a preview, which reports the missing snippet
    assert done.returncode == 0 and "snippet 't/later' not found" in done.stderr
    assert not page(site, "two").select("div.snipcheck")
    # The snippet and its recording arrive; the next build, incremental, shows them.
    folder = site / "snippets" / "t"
    (folder / "later.py").write_text("3 * 3\n")
    rec = Recording(
        "t/later.py",
        "session",
        "2026-01-06",
        {"3.8": NATIVE["3.8"]},
        {"3.8": Output(">>> 3 * 3\n9\n", 0)},
    )
    write(folder / "later.rec", replace(rec, source=recording.source_checksum("3 * 3\n")))
    build(site)
    assert page(site, "two").select_one("div.snipcheck pre").get_text() == ">>> 3 * 3\n9\n"


def test_a_download_is_copied_only_when_its_copy_is_missing_or_differs(site):
    """The extension copies a file to download itself, by its size and
    modification time (Sphinx's download links compare whole files on
    every build): a build leaves a copy that matches alone, and replaces
    one that differs or is missing."""
    build(site)
    href = page(site, "one").select_one("p.snipcheck-meta a.download")["href"]
    copy = site / "out" / href
    before = copy.stat()
    build(site)
    after = copy.stat()
    assert (after.st_ino, after.st_ctime_ns) == (before.st_ino, before.st_ctime_ns)
    copy.write_text("changed by hand\n")
    build(site)
    assert copy.read_text() == "1 + 1\n"
    copy.unlink()
    build(site)
    assert copy.read_text() == "1 + 1\n"
