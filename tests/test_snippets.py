from pathlib import Path

import pytest

from snipcheck import snippets
from snipcheck.snippets import session_lines


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "topic" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_header_declares_mode_and_requirements(tmp_path):
    path = write(tmp_path, "a.py", "# mode: script\n# requires: numpy\n\nprint(1)\n")
    snippet = snippets.load(path, tmp_path)
    assert (snippet.key, snippet.mode, snippet.requires) == ("topic/a", "script", ("numpy",))
    assert snippet.body == "print(1)\n"
    assert snippet.recording_path == path.with_suffix(".rec")


def test_default_mode_is_session(tmp_path):
    snippet = snippets.load(write(tmp_path, "b.py", "1 + 1\n"), tmp_path)
    assert snippet.mode == "session"
    assert snippet.requires == ()


def test_unknown_mode_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "c.py", "# requires: numpy\n# mode: notebook\n")
    with pytest.raises(snippets.SnippetError, match=r"c\.py:2: unknown mode 'notebook'"):
        snippets.load(path, tmp_path)


def test_bad_timeout_is_reported(tmp_path):
    path = write(tmp_path, "d.py", "# timeout: soon\n")
    with pytest.raises(snippets.SnippetError, match=r"d\.py:1: timeout must be a number"):
        snippets.load(path, tmp_path)


def test_find_is_sorted_and_can_be_narrowed(tmp_path):
    write(tmp_path, "z.py", "1\n")
    write(tmp_path, "a.py", "1\n")
    assert [s.key for s in snippets.find(tmp_path)] == ["topic/a", "topic/z"]
    only = snippets.find(tmp_path, [tmp_path / "topic" / "z.py"])
    assert [s.key for s in only] == ["topic/z"]


def test_compound_statement_gets_one_closing_blank_line():
    code = "for x in 'ab':\n\n    print(x)\n\nx = 1\n"
    assert session_lines(code) == ["for x in 'ab':", "    print(x)", "", "x = 1"]


def test_blank_lines_inside_strings_are_kept():
    code = 's = """a\n\nb"""\nlen(s)\n'
    assert session_lines(code) == ['s = """a', "", 'b"""', "len(s)"]


def test_decorators_and_comments_are_typed():
    code = "# setup\n@staticmethod\ndef f():\n    return 1\nf()\n"
    assert session_lines(code) == [
        "# setup",
        "@staticmethod",
        "def f():",
        "    return 1",
        "",
        "f()",
    ]


def test_two_statements_on_one_line_are_typed_once():
    assert session_lines("a = 1; b = 2\nb\n") == ["a = 1; b = 2", "b"]


def test_code_the_host_cannot_parse_is_passed_through():
    # The target interpreter, not the host, reports the syntax error.
    assert session_lines("x = (\n\n1 +\n") == ["x = (", "", "1 +"]


def test_lines_end_only_where_cpython_ends_them():
    assert snippets.split_lines("a\r\nb\rc\nd\u2028e\x0cf\x85g\n") == [
        "a",
        "b",
        "c",
        "d\u2028e\x0cf\x85g",
    ]
    assert snippets.split_lines("no end") == ["no end"]
    assert snippets.split_lines("") == []


def test_a_line_separator_inside_a_string_is_typed_on_its_line():
    assert session_lines('s = "a\u2028b"\nlen(s)\n') == ['s = "a\u2028b"', "len(s)"]


def test_the_file_runs_byte_for_byte_and_the_reader_sees_plain_lines(tmp_path):
    path = tmp_path / "topic" / "crlf.py"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf# mode: script\r\nprint(1)\r\nprint(2)")
    snippet = snippets.load(path, tmp_path)
    assert snippet.mode == "script"
    assert snippet.source.encode() == path.read_bytes()
    assert snippet.body == "print(1)\nprint(2)"


def test_a_utf8_coding_line_is_part_of_the_header(tmp_path):
    path = write(tmp_path, "e.py", "# -*- coding: utf-8 -*-\n# mode: script\nprint(1)\n")
    snippet = snippets.load(path, tmp_path)
    assert (snippet.mode, snippet.body) == ("script", "print(1)\n")


def test_comments_above_the_code_that_are_not_header_lines_are_left_alone(tmp_path):
    text = "# mode: script\n# Note: the view shares memory.\n# Model: none\nprint(1)\n"
    snippet = snippets.load(write(tmp_path, "f.py", text), tmp_path)
    assert snippet.body.startswith("# Note: the view shares memory.\n")


def test_find_reports_a_bad_file_and_still_finds_the_others(tmp_path):
    write(tmp_path, "a.py", "1\n")
    write(tmp_path, "b.py", "# mode: notebook\n1\n")
    write(tmp_path, "c.py", "1\n")
    problems: list[snippets.SnippetError] = []
    assert [s.key for s in snippets.find(tmp_path, problems=problems)] == ["topic/a", "topic/c"]
    assert [str(p).split(":")[0] for p in problems] == [str(tmp_path / "topic" / "b.py")]
