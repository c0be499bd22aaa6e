"""Claims tied to evidence, tables rendered from recordings, and the count
of sentences that look factual: the engine's logic, and both on a tiny
reStructuredText site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from snipcheck import claims, cli, prose
from snipcheck.recording import Output, Recording, write

from .test_sphinx_ext import NATIVE, PYODIDE, RST_CONF, build, build_fails, page

EVERY = {**NATIVE, **PYODIDE}  # 3.8, 3.9, 3.14 and 3.14-pyodide


def recorded(exits: dict[str, int], mode: str = "script", text: str = "") -> Recording:
    return Recording(
        "e/x.py",
        mode,  # type: ignore[arg-type]
        "2026-11-29",
        {label: EVERY[label] for label in exits},
        {label: Output(text, code) for label, code in exits.items()},
    )


@pytest.mark.parametrize(
    ("spec", "covered"),
    [
        ("all", {"3.8", "3.9", "3.14", "3.14-pyodide"}),
        ("", {"3.8", "3.9", "3.14", "3.14-pyodide"}),
        ("3.9+", {"3.9", "3.14", "3.14-pyodide"}),
        ("<3.9", {"3.8"}),
        ("before 3.14", {"3.8", "3.9"}),
        ("3.8-3.9", {"3.8", "3.9"}),
        ("3.8\u20133.9", {"3.8", "3.9"}),
        ("3.14", {"3.14", "3.14-pyodide"}),
        ("3.8, 3.14+", {"3.8", "3.14", "3.14-pyodide"}),
    ],
)
def test_a_spec_names_versions_on_every_runtime(spec, covered):
    parsed = claims.parse_spec(spec)
    assert {label for label in EVERY if parsed.covers(label)} == covered


@pytest.mark.parametrize("spec", ["3.8 and up", "3", "3.8+ native", ">3.8", "3.x"])
def test_a_spec_that_cannot_be_read_says_how_to_write_one(spec):
    with pytest.raises(
        claims.ClaimError, match=re.escape("write all, 3.8+, <3.12, 3.8-3.11 or 3.13")
    ):
        claims.parse_spec(spec)


def test_a_claim_agrees_only_when_it_held_exactly_where_it_says():
    claim = claims.parse("e/x 3.9+")
    assert claim.evidence == "e/x" and claim.spec.text == "3.9+"
    exact = claims.check(claim, recorded({"3.8": 1, "3.9": 0, "3.14": 0, "3.14-pyodide": 0}))
    assert exact.agrees and exact.holds == ("3.9", "3.14", "3.14-pyodide")
    assert exact.where() == "3.9 \u2013 3.14, Pyodide 3.14"
    too_wide = claims.check(claim, recorded({"3.8": 0, "3.9": 0, "3.14": 0}))
    assert too_wide.problem == "the claim says 3.9+, but it also holds on 3.8"
    too_narrow = claims.check(claim, recorded({"3.8": 1, "3.9": 0, "3.14": 1}))
    assert too_narrow.problem == "the claim says 3.9+, but it fails on 3.14"
    everywhere = claims.check(claims.parse("e/x"), recorded({"3.8": 0, "3.9": 1}))
    assert everywhere.problem == "the claim says every version, but it fails on 3.9"


def test_evidence_is_a_recorded_script():
    claim = claims.parse("e/x")
    assert claims.check(claim, None).problem == "e/x has no recording yet"
    session = claims.check(claim, recorded({"3.8": 0}, mode="session"))
    assert session.problem == "e/x is a session; evidence is a script"


@pytest.mark.parametrize("text", ["x", "e/x/y 3.8+", "e x"])
def test_a_claim_names_its_evidence(text):
    with pytest.raises(claims.ClaimError, match="naming the evidence"):
        claims.parse(text)


PAGE = """\
---
tags: [x]
---
# Title with 3.8

A plain sentence. `m.toreadonly()` came in 3.8. {claim}`e/new 3.8+` and
more. Every view has a format.

```{snippet} t/a
:name: x
```

```{note}
Only this note says 3.12.
```

:::{py:method} memoryview.x()
A description is prose too. See [what 3.14 changed](versions.md).
:::

:::{snippet} t/b
Never shown here in 3.9.
:::

(label)=
| col | 3.10 |
|---|---|
| a | `IndexError` |
"""


def test_prose_is_read_as_sentences_with_their_claims(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(PAGE)
    found = [(s.line, s.text, s.claims, s.factual) for s in prose.sentences(path)]
    assert found == [
        (4, "Title with 3.8", (), True),
        (6, "A plain sentence.", (), False),
        (6, "`m.toreadonly()` came in 3.8. {claim}`e/new 3.8+`", ("e/new 3.8+",), True),
        (6, "and more.", (), False),
        (6, "Every view has a format.", (), True),
        (14, "Only this note says 3.12.", (), True),
        (18, "A description is prose too.", (), False),
        (18, "See [what 3.14 changed](versions.md).", (), False),  # a link states nothing
        (26, "col | 3.10", (), True),
        (28, "a | `IndexError`", (), True),
    ]


def test_a_sentence_just_before_or_after_an_output_is_beside_it(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(
        "# Title\n\nBefore it, 3.8.\n\n```{snippet} t/a\n:name: x\n```\n\n"
        "After it, 3.9.\n\nFar from it, 3.10.\n\n:::{note}\nA note, 3.11.\n:::\n\n"
        "```{snippet-table} t/b\n```\nRight after a table, 3.12.\n\n"
        "## Heading with 3.13\n\nText.\n\nMore text.\n\n```{snippet} t/c\n```\n\n"
        "## Heading with 3.14\n\nNo output here.\n\n"
        "```{measurement} t/d\n```\n\n:::{note}\nA note after a plot, 3.15.\n:::\n"
    )
    beside = {s.text: s.beside_output for s in prose.sentences(path)}
    assert beside == {
        "Title": True,  # its section, up to the next heading, shows outputs
        "Before it, 3.8.": True,
        "After it, 3.9.": True,
        "Far from it, 3.10.": False,
        "A note, 3.11.": True,  # the note ends just before a table
        "Right after a table, 3.12.": True,
        "Heading with 3.13": True,  # its section shows an output
        "Text.": False,
        "More text.": True,
        "Heading with 3.14": True,
        "No output here.": True,  # just before a measurement's plot and table
        "A note after a plot, 3.15.": True,
    }
    rst = tmp_path / "p.rst"
    rst.write_text(
        "Title\n=====\n\nBefore, 3.8.\n\n.. snippet:: t/a\n   :name: x\n\n"
        "After, 3.9.\n\nFar, 3.10.\n"
    )
    beside = {s.text: s.beside_output for s in prose.sentences(rst)}
    assert beside == {
        "Title": False,
        "Before, 3.8.": True,
        "After, 3.9.": True,
        "Far, 3.10.": False,
    }


def test_rst_directive_bodies_are_not_prose(tmp_path):
    path = tmp_path / "p.rst"
    path.write_text(
        "Title\n=====\n\nOnly this counts.\n\n.. snippet:: t/a\n   :name: x\n\n"
        "   never this\n\n.. note::\n\n   Always this.\n\nBack to 3.8 :claim:`e/x 3.8+`.\n"
    )
    found = [(s.line, s.text, s.claims) for s in prose.sentences(path)]
    assert found == [
        (1, "Title", ()),
        (4, "Only this counts.", ()),
        (13, "Always this.", ()),
        (15, "Back to 3.8 :claim:`e/x 3.8+`.", ("e/x 3.8+",)),
    ]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A reStructuredText site with evidence, a claim, and a table."""
    (tmp_path / "pyproject.toml").write_text('[tool.snipcheck]\nsnippets = "snippets"\n')
    (tmp_path / "conf.py").write_text(RST_CONF)
    docs = tmp_path / "docs"
    docs.mkdir()
    evidence = tmp_path / "snippets" / "e"
    evidence.mkdir(parents=True)
    (evidence / "new.py").write_text(
        "# mode: script\nimport sys\nassert sys.version_info >= (3, 9)\n"
    )
    write(
        evidence / "new.rec",
        Recording(
            "e/new.py",
            "script",
            "2026-11-29",
            dict(EVERY),
            {
                "3.8": Output("Traceback (most recent call last):\nAssertionError\n", 1),
                "3.9": Output("", 0),
                "3.14": Output("", 0),
                "3.14-pyodide": Output("", 0),
            },
        ),
    )
    facts = tmp_path / "snippets" / "t"
    facts.mkdir()
    (facts / "sizes.py").write_text("# mode: script\nprint('letter\\tsize\\tsigned')\n")
    table = {
        "3.14": "letter\tsize\tsigned\nl\t8\tyes\nB\t1\tno\ne\t2\t'yes'\n",
        "3.14-pyodide": "letter\tsize\tsigned\nl\t4\tyes\nB\t1\tno\n",
    }
    write(
        facts / "sizes.rec",
        Recording(
            "t/sizes.py",
            "script",
            "2026-11-29",
            {k: EVERY[k] for k in table},
            {k: Output(v, 0) for k, v in table.items()},
        ),
    )
    (docs / "index.rst").write_text(
        "Facts\n=====\n\nIt came in 3.9. :claim:`e/new 3.9+`\n\n"
        ".. snippet-table:: t/sizes\n   :labels: 3.14 3.14-pyodide\n\n"
        ".. toctree::\n\n   evidence\n"
    )
    (docs / "evidence.rst").write_text("Evidence\n========\n\n.. claim-evidence:: e\n")
    return tmp_path


def test_a_claim_links_to_its_evidence_and_a_table_comes_from_a_recording(site):
    build(site)
    index = page(site, "index")
    (mark,) = index.select("span.snipcheck-claim")
    assert mark.get_text() == "\u2713\u00a03.9+"
    assert mark.a is not None and mark.a["href"] == "evidence.html#evidence-e-new"
    evidence = page(site, "evidence")
    assert evidence.select_one("#evidence-e-new") is not None
    assert "AssertionError" in evidence.select_one("#evidence-e-new").get_text()
    table = index.select_one("div.snipcheck-table table")
    cells = [[c.get_text(strip=True) for c in row.select("th, td")] for row in table.select("tr")]
    # Only "size" differs; a row one of them did not print says so.
    assert cells == [
        [
            "letter",
            "size 3.14 (linux-x86_64)",
            "size Pyodide 3.14 (wasm32)",
            "signed",
            "printed by",
        ],
        ["l", "8", "4", "yes", "all"],
        ["B", "1", "1", "no", "all"],
        ["e", "2", "\u2014", "'yes'", "3.14"],  # straight quotes, as printed
    ]


def test_a_table_names_the_platform_only_where_the_columns_differ_in_it(site):
    facts = site / "snippets" / "t"
    (facts / "added.py").write_text("# mode: script\nprint('name\\tpresent')\n")
    table = {"3.9": "name\tpresent\ncount\tno\n", "3.14": "name\tpresent\ncount\tyes\n"}
    write(
        facts / "added.rec",
        Recording(
            "t/added.py",
            "script",
            "2026-11-29",
            {k: EVERY[k] for k in table},
            {k: Output(v, 0) for k, v in table.items()},
        ),
    )
    index = site / "docs" / "index.rst"
    index.write_text(
        index.read_text().replace(
            ".. toctree::", ".. snippet-table:: t/added\n   :labels: 3.9 3.14\n\n.. toctree::"
        )
    )
    build(site)
    second = page(site, "index").select("div.snipcheck-table table")[1]
    assert [c.get_text(strip=True) for c in second.select("th")] == [
        "name",
        "present 3.9",
        "present 3.14",
    ]


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ("e/new 3.8+", "the claim says 3.8+, but it fails on 3.8 (held on 3.9 \u2013 3.14, "),
        ("e/new 3.14+", "the claim says 3.14+, but it also holds on 3.9 (held on"),
        ("e/new", "the claim says every version, but it fails on 3.8"),
        ("e/none 3.9+", "there is no evidence snippet e/none.py"),
        ("e/new 3.9 and up", "cannot read the versions '3.9 and up'"),
    ],
)
def test_a_claim_its_evidence_contradicts_fails_the_build(site, claim, message):
    index = site / "docs" / "index.rst"
    index.write_text(index.read_text().replace("e/new 3.9+", claim))
    stderr = build_fails(site)
    assert "index.rst:4" in stderr and message in stderr, stderr


def test_the_claims_command_counts_claims_and_bare_factual_sentences(site, monkeypatch, capsys):
    (site / "pyproject.toml").write_text(
        '[tool.snipcheck]\nsnippets = "snippets"\npages = "docs"\n'
    )
    monkeypatch.chdir(site)
    assert cli.main(["claims"]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith(
        "2 pages, 3 sentences: 1 claims (1 agree with their evidence, 0 do not); "
        "1 sentences look factual, 0 of them without a claim: 0 beside an output, 0 neither"
    )
    index = site / "docs" / "index.rst"
    index.write_text(index.read_text().replace("3.9+", "3.14+") + "\nNever in 3.8.\n")
    assert cli.main(["claims", "--list"]) == 1
    out = capsys.readouterr().out
    assert "FAILS docs/index.rst:4: e/new 3.14+: the claim says 3.14+, but it also holds" in out
    assert "docs/index.rst:13: Never in 3.8." in out
    assert (
        "2 sentences look factual, 1 of them without a claim: 0 beside an output, 1 neither" in out
    )
    # A sentence just before or after a snippet's output is told apart, and
    # listed only on asking for all.
    index.write_text(
        index.read_text().replace(
            "\n.. snippet-table::", "\nOnly 3.14 has e.\n\n.. snippet-table::"
        )
    )
    assert cli.main(["claims", "--list"]) == 1
    out = capsys.readouterr().out
    assert "Only 3.14 has e." not in out
    assert (
        "3 sentences look factual, 2 of them without a claim: 1 beside an output, 1 neither" in out
    )
    assert cli.main(["claims", "--list", "--all"]) == 1
    assert "docs/index.rst:6: [beside an output] Only 3.14 has e." in capsys.readouterr().out


def test_evidence_added_later_appears_on_the_evidence_page_of_an_incremental_build(site):
    build(site)
    folder = site / "snippets" / "e"
    (folder / "other.py").write_text("# mode: script\nassert True\n")
    write(
        folder / "other.rec",
        Recording(
            "e/other.py", "script", "2026-11-29", dict(EVERY), {k: Output("", 0) for k in EVERY}
        ),
    )
    index = site / "docs" / "index.rst"
    index.write_text(
        index.read_text().replace(
            "\n\n.. snippet-table", " :claim:`e/other`\n\n.. snippet-table", 1
        )
    )
    build(site)  # the evidence page is read again: the new claim's link resolves
    assert page(site, "evidence").select_one("#evidence-e-other") is not None
    assert page(site, "index").select_one('a[href="evidence.html#evidence-e-other"]') is not None
