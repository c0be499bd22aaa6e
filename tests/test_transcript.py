import pytest

from snipcheck.transcript import TranscriptError, assemble

P1, P2 = "\x02>>> ", "\x02... "


def test_typed_lines_follow_their_prompts():
    raw = f"{P1}{P1}3\n{P1}\n"
    assert assemble(raw, ["x = 3", "x"]) == ">>> x = 3\n>>> x\n3\n"


def test_block_output_follows_the_closing_blank_line():
    raw = f"{P1}{P2}{P2}a\nb\n{P1}\n"
    typed = ["for c in 'ab':", "    print(c)", ""]
    assert assemble(raw, typed) == ">>> for c in 'ab':\n...     print(c)\n...\na\nb\n"


def test_output_without_newline_stays_on_the_prompt_line():
    raw = f"{P1}x{P1}\n"
    assert assemble(raw, ["print('x', end='')"]) == ">>> print('x', end='')\nx"


def test_output_after_end_of_input_is_kept():
    raw = f"{P1}{P1}\nbye\n"
    assert assemble(raw, ["import atexit"]) == ">>> import atexit\nbye\n"


def test_session_that_ends_on_its_last_line_shows_every_line():
    raw = f"{P1}"
    assert assemble(raw, ["raise SystemExit"]) == ">>> raise SystemExit\n"


def test_lines_after_the_end_of_a_session_are_an_error_not_dropped():
    # They never ran, and the page would leave them out without a word.
    with pytest.raises(TranscriptError, match="1 prompts for 2 typed lines"):
        assemble(f"{P1}", ["raise SystemExit", "never typed"])


def test_prompts_that_change_are_an_error_not_a_shuffle():
    raw = f"{P1}{P1}py> 2\npy> \n"
    with pytest.raises(TranscriptError, match=r"changed sys\.ps1"):
        assemble(raw, ["import sys", "sys.ps1 = 'py> '", "1 + 1"])


def test_a_marker_the_snippet_prints_without_a_prompt_is_output():
    raw = f"{P1}{P1}a\x02b\n{P1}\n"
    typed = ["import sys", "print('a\\x02b')"]
    assert assemble(raw, typed) == ">>> import sys\n>>> print('a\\x02b')\na\x02b\n"


def test_a_prompt_the_snippet_prints_is_an_error():
    raw = f"{P1}{P1}{P1}\n{P1}\n"
    with pytest.raises(TranscriptError, match="printed the character U\\+0002"):
        assemble(raw, ["import sys", "print('\\x02>>> ')"])
